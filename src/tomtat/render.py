"""Human-readable views of a Summary: plain text for pipes, rich panels on a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tomtat.models import Official, Picked, Summary

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


def _parts(p: Picked) -> str:
    s = p.parts
    return (
        f"score {p.score:.4f} = frequency {s.frequency:.4f} + position {s.position:.4f}"
        f" + headline {s.headline:.4f} + cues {s.cues:.4f} - redundancy {s.redundancy:.4f}"
    )


UNAVAILABLE = "(officials not available: see the warning on stderr)"


def _official_line(o: Official) -> str:
    titles = "; ".join(o.titles)
    return f"{o.name} ({o.mentions}): {titles}"


def officials_table_text(people: tuple[Official, ...]) -> str:
    """Officials as an aligned plain-text table: name, mentions, titles."""
    if not people:
        return "(no officials found)"
    head = ("NAME", "MENTIONS", "TITLES")
    rows = [(o.name, str(o.mentions), "; ".join(o.titles)) for o in people]
    w0 = max(len(head[0]), *(len(r[0]) for r in rows))
    w1 = len(head[1])
    lines = [f"{head[0]:<{w0}}  {head[1]:>{w1}}  {head[2]}"]
    lines += [f"{n:<{w0}}  {m:>{w1}}  {t}" for n, m, t in rows]
    return "\n".join(lines)


def summary_text(
    summary: Summary,
    *,
    show_summary: bool = True,
    show_officials: bool = True,
    explain: bool = False,
) -> str:
    """Plain text: the summary sentences one per line, then the officials."""
    blocks: list[str] = []
    if show_summary:
        lines: list[str] = []
        for p in summary.sentences:
            lines.append(p.text)
            if explain:
                lines.append(f"    [{p.index}] {_parts(p)}")
        blocks.append("\n".join(lines) if lines else "(no sentences)")
    people = summary.officials
    if show_officials and people is None:
        blocks.append(UNAVAILABLE)
    elif show_officials and people is not None:
        if show_summary:
            body = "\n".join(f"- {_official_line(o)}" for o in people)
            blocks.append("Officials:\n" + (body or "(none found)"))
        else:
            blocks.append(officials_table_text(people))
    return "\n\n".join(blocks)


def summary_markdown(
    summary: Summary,
    *,
    source: str | None = None,
    show_summary: bool = True,
    show_officials: bool = True,
) -> str:
    """Markdown for reports and chat: a heading, bullet sentences, an officials table."""
    out: list[str] = []
    heading = summary.title or source
    if heading:
        out.append(f"## {heading}\n")
    if show_summary:
        out += [f"- {p.text}" for p in summary.sentences]
        out.append("")
    if show_officials and summary.officials is None:
        out += [f"_{UNAVAILABLE}_", ""]
    elif show_officials and summary.officials:
        out.append("| Official | Titles | Mentions |")
        out.append("|---|---|---|")
        for o in summary.officials:
            titles = "; ".join(o.titles).replace("|", "\\|")
            out.append(f"| {o.name} | {titles} | {o.mentions} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def summary_rich(
    summary: Summary,
    *,
    source: str | None = None,
    show_summary: bool = True,
    show_officials: bool = True,
    explain: bool = False,
) -> list[RenderableType]:
    """Rich renderables: a panel of summary sentences and a table of officials."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    items: list[RenderableType] = []
    label = source if source and source != "-" else "stdin"
    if show_summary:
        body = Text()
        if summary.title:
            body.append(summary.title, style="bold")
            body.append("\n\n")
        for i, p in enumerate(summary.sentences):
            if i:
                body.append("\n\n")
            body.append(f"[{p.index}] ", style="dim")
            body.append(p.text)
            if explain:
                body.append(f"\n    {_parts(p)}", style="dim italic")
        subtitle = (
            f"{len(summary.sentences)} of {summary.sentence_count} sentences · {summary.lang}"
        )
        items.append(Panel(body, title=Text(label, style="dim"), subtitle=subtitle))
    people = summary.officials
    if show_officials and people is None:
        items.append(Text(UNAVAILABLE, style="dim"))
    elif show_officials and people is not None:
        heading = "Key officials" if show_summary else f"Key officials · {label}"
        table = Table(title=heading, title_justify="left", expand=False)
        table.add_column("Name", style="bold cyan", no_wrap=True)
        table.add_column("Titles")
        table.add_column("Mentions", justify="right")
        for o in people:
            table.add_row(o.name, "\n".join(o.titles), str(o.mentions))
        if not people:
            table.add_row("(none found)", "", "")
        items.append(table)
    return items


def print_rich(console: Console, items: list[RenderableType]) -> None:
    """Print renderables to a rich console."""
    for item in items:
        console.print(item)
