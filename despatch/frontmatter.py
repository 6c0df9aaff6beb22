"""Split a content file into front matter and body, and load the YAML safely and boundedly.

Content files are edited by hand and may come from anywhere, so the YAML is treated as
hostile: no tags (`!!python/...`), no anchors or aliases (billion laughs), bounded nesting
and size, and dates kept as text so that `2023-02-30` is our error message, not PyYAML's
ValueError.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_NESTING = 8


class FrontMatterError(ValueError):
    """Front matter that cannot be used; `line` is 1-based within the file."""

    def __init__(self, text: str, line: int | None = None):
        super().__init__(text)
        self.text = text
        self.line = line


@dataclass(frozen=True)
class FrontMatter:
    fields: dict  # key -> value (str, int, bool, list or nested dict/list of those)
    lines: dict  # key -> 1-based line number in the file
    body: str
    body_line: int  # the file line where the body starts


class _TextLoader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings (we parse and report dates ourselves)."""


_TextLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)

# libyaml's scanner and composer (when PyYAML was built with it) do the same work about ten times
# faster; the pure-Python ones stay as the fallback and for text libyaml cannot take (lone surrogates).
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """A data file of the project's own (registries, settings): safe YAML, through libyaml when present."""
    return yaml.load(text, Loader=_FAST_LOADER)


def load_data_file(path: Path, error: type[Exception]):
    """A project data file's YAML; `error` naming the file (and the line) when it cannot be read."""
    try:
        return safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise error(f"{path}: not valid YAML{where} ({getattr(problem, 'problem', None) or problem})") from None
    except UnicodeDecodeError:
        raise error(f"{path}: not UTF-8 text; save it as UTF-8") from None


def split(text: str) -> tuple[str | None, str, int]:
    """(front matter or None, body, line where front matter starts) of a normalized text."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text, 1
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    raise FrontMatterError("front matter starts with '---' but never ends; add a closing '---' line", 1)


def parse(text: str) -> FrontMatter:
    """Parse a whole content file (already decoded, LF line endings)."""
    raw, body, body_line = split(text)
    if raw is None:
        return FrontMatter(fields={}, lines={}, body=body, body_line=1)
    if len(raw.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(f"front matter is larger than {MAX_FRONT_MATTER_BYTES // 1024} KB; move long text into the body", 2)
    node = _scan_and_compose(raw)
    if node is None:
        return FrontMatter(fields={}, lines={}, body=body, body_line=body_line)
    if not isinstance(node, yaml.MappingNode):
        kind = "a list" if isinstance(node, yaml.SequenceNode) else "a single value"
        raise FrontMatterError(f"front matter must be key: value pairs, found {kind}; write lines like 'title: ...'",
                               node.start_mark.line + 2)
    fields, lines = _construct_mapping(node)
    return FrontMatter(fields=fields, lines=lines, body=body, body_line=body_line)


def _scan_and_compose(raw: str):
    """The node tree of `raw`, once its tokens passed `_check_tokens`.

    libyaml reads the front matter of nearly every file; whatever it refuses (or cannot take, as
    lone surrogates) the pure-Python reader reads again, so its verdict and messages are the rule."""
    if _FAST_LOADER is not yaml.SafeLoader:
        try:
            _check_tokens(raw, _FAST_LOADER)
            return _compose(raw, _FAST_LOADER)
        except (FrontMatterError, UnicodeEncodeError):
            pass
    _check_tokens(raw)
    return _compose(raw)


def _check_tokens(raw: str, loader: type = yaml.SafeLoader) -> None:
    """Refuse tags, anchors, aliases and deep nesting before anything is built from them."""
    depth, anchor_line = 0, None
    try:
        for token in yaml.scan(raw, Loader=loader):
            line = token.start_mark.line + 2
            if isinstance(token, yaml.AnchorToken):
                anchor_line = anchor_line or line  # the alias that uses it is the line to name
            if isinstance(token, yaml.AliasToken):
                raise FrontMatterError("YAML anchors/aliases are not allowed in front matter; write the value out", line)
            if isinstance(token, yaml.TagToken):
                handle, suffix = token.value
                raise FrontMatterError(f"unsupported YAML tag {handle or ''}{suffix} in front matter; remove it", line)
            if isinstance(token, (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken,
                                  yaml.BlockSequenceStartToken, yaml.BlockMappingStartToken)):
                depth += 1
                if depth > MAX_NESTING:
                    raise FrontMatterError(f"front matter is nested more than {MAX_NESTING} levels deep; "
                                           "use plain values and lists of names", line)
            elif isinstance(token, (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)):
                depth -= 1
    except yaml.YAMLError as error:
        raise _yaml_error(error) from None
    if anchor_line:
        raise FrontMatterError("YAML anchors/aliases are not allowed in front matter; write the value out", anchor_line)


def _compose(raw: str, loader: type = yaml.SafeLoader):
    try:
        return yaml.compose(raw, Loader=loader)
    except yaml.YAMLError as error:
        raise _yaml_error(error) from None


def _construct_mapping(node: yaml.MappingNode) -> tuple[dict, dict]:
    loader = _TextLoader("")
    fields, lines = {}, {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 2
        try:
            key = loader.construct_object(key_node, deep=True)
            value = loader.construct_object(value_node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError) as error:
            raise FrontMatterError(f"cannot read this value: {error}", line) from None
        if not isinstance(key, str):
            raise FrontMatterError(f"front matter key {key!r} is not a name", line)
        if key in fields:
            raise FrontMatterError(f"'{key}' is given twice; keep one", line)
        fields[key], lines[key] = value, line
    return fields, lines


def _yaml_error(error: yaml.YAMLError) -> FrontMatterError:
    mark = getattr(error, "problem_mark", None)
    line = mark.line + 2 if mark else None
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return FrontMatterError(f"front matter is not valid YAML: {problem}; fix this line (put quotes around a value "
                            "that contains ': ' or starts with a special character)", line)


class Timestamp(str):
    """An ISO date or date-time string written unquoted, as YAML readers expect a date."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    Timestamp, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:timestamp", str(value))
)


def dump(fields: dict) -> str:
    """Front matter block for `fields`, keys in the given order, readable and stable."""
    text = yaml.dump(fields, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)
    return f"---\n{text}---\n"
