"""Coverage over time as a bar chart, laid out at build time; partials/chart.html draws it as inline SVG."""
from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from dataclasses import dataclass

WIDTH, HEIGHT = 720, 180  # the SVG's coordinate space; CSS scales it to the column
SMALL_HEIGHT = 110
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 34, 22, 14
MONTHLY_UP_TO = 360  # months; a longer span is counted by year so the bars stay readable
SMALL_MONTHLY_UP_TO = 48
MAX_TICKS = 12
TICK_ROOM = 90  # width a label like 'September 2022' needs


@dataclass(frozen=True)
class Bar:
    label: str  # "March 2023" or "2023"
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Marker:
    """A milestone on the time axis."""

    label: str
    x: float


@dataclass(frozen=True)
class Tick:
    label: str
    x: float


@dataclass(frozen=True)
class Chart:
    id: str  # unique on its page: ids of the title and description derive from it
    title: str
    description: str
    unit: str  # "month" or "year"
    bars: tuple[Bar, ...]
    markers: tuple[Marker, ...]
    ticks: tuple[Tick, ...]
    width: int
    height: int
    top_count: int
    baseline: float  # y of the time axis

    @property
    def rows(self) -> tuple[Bar, ...]:
        """The numbers behind the bars, for the table that screen readers read; empty periods left out."""
        return tuple(bar for bar in self.bars if bar.count)


def coverage_chart(chart_id: str, subject: str, dates, milestones=(), small: bool = False) -> Chart | None:
    """Articles per month (or per year over a long span) for `dates`; `milestones` are (date text, label)."""
    days = sorted(d for d in dates if d)
    if not days:
        return None
    periods = _periods(days[0], days[-1])
    unit = "month" if len(periods) <= (SMALL_MONTHLY_UP_TO if small else MONTHLY_UP_TO) else "year"
    if unit == "year":
        periods = sorted({(y, 0) for y, _ in periods})
    counts = Counter((d.year, d.month if unit == "month" else 0) for d in days)
    height = SMALL_HEIGHT if small else HEIGHT
    baseline = height - MARGIN_BOTTOM
    slot = (WIDTH - MARGIN_LEFT) / len(periods)
    top = max(counts.values())
    bars = tuple(_bar(period, counts.get(period, 0), index, slot, top, baseline) for index, period in enumerate(periods))
    position = {period: MARGIN_LEFT + slot * (index + 0.5) for index, period in enumerate(periods)}
    markers = tuple(Marker(f"{partial_date(date)}: {label}", round(position[key], 1))
                    for date, label in milestones if (key := _period_of(date, unit)) in position)
    return Chart(
        id=chart_id,
        title=f"Articles per {unit} about {subject}" if subject else f"Articles per {unit}",
        description=_describe(bars, unit, len(days), len(markers)),
        unit=unit, bars=bars, markers=markers, ticks=_ticks(periods, slot), width=WIDTH, height=height,
        top_count=top, baseline=baseline,
    )


def _periods(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    periods, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        periods.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods


def _bar(period: tuple[int, int], count: int, index: int, slot: float, top: int, baseline: float) -> Bar:
    height = (baseline - MARGIN_TOP) * count / top if top else 0
    gap = min(2.0, slot * 0.2)
    return Bar(label=_period_name(period), count=count, x=round(MARGIN_LEFT + slot * index + gap / 2, 1),
               y=round(baseline - height, 1), width=round(max(slot - gap, 0.5), 1), height=round(height, 1))


def _period_name(period: tuple[int, int]) -> str:
    year, month = period
    return f"{calendar.month_name[month]} {year}" if month else str(year)


def _period_of(date: str, unit: str) -> tuple[int, int] | None:
    """The period a milestone date ("2015", "2015-05", "2015-05-12") falls in; a bare year has no month."""
    if unit == "year":
        return (int(date[:4]), 0)
    return (int(date[:4]), int(date[5:7])) if len(date) >= 7 else None


def partial_date(date: str) -> str:
    """'2015-05-12' -> '12 May 2015', '2015-05' -> 'May 2015', '2015' -> '2015'."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        return f"{parts[2]} {calendar.month_name[parts[1]]} {parts[0]}"
    if len(parts) == 2:
        return f"{calendar.month_name[parts[1]]} {parts[0]}"
    return str(parts[0])


def _ticks(periods: list[tuple[int, int]], slot: float) -> tuple[Tick, ...]:
    """A label at each January (or each year), thinned to at most MAX_TICKS so labels never overlap."""
    starts = [i for i, (_, month) in enumerate(periods) if month in (0, 1)]
    if not starts or (starts[0] != 0 and slot * starts[0] > TICK_ROOM):
        starts.insert(0, 0)
    step = -(-len(starts) // MAX_TICKS)
    return tuple(Tick(str(periods[i][0]) if periods[i][1] in (0, 1) else _period_name(periods[i]),
                      round(MARGIN_LEFT + slot * i, 1)) for i in starts[::step])


def _describe(bars: tuple[Bar, ...], unit: str, total: int, milestones: int) -> str:
    busiest = max(bars, key=lambda b: b.count)
    text = (f"{total} article{'s' if total != 1 else ''} from {bars[0].label} to {bars[-1].label}; "
            f"the busiest {unit} was {busiest.label} with {busiest.count}.")
    if milestones:
        text += f" {milestones} milestone{'s are' if milestones != 1 else ' is'} marked on the time axis."
    return text
