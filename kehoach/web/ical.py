"""Reporting calendars as iCalendar (RFC 5545): one VEVENT per reporting duty that has a day —
yearly duties recur (RRULE FREQ=YEARLY) from the first year of the plan's period until its end,
one-off deadlines are single all-day events. Duties without a day ("định kỳ hằng năm") are
listed in the calendar's description, since a calendar cannot place them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .lineage import href


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    text = "".join(c if c.isprintable() or c == "\n" else " " for c in text)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets folded (RFC 5545 3.1), never inside a UTF-8 sequence."""
    out: list[str] = []
    cur, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


def _names(nodes: list[dict[str, Any]]) -> str:
    return ", ".join(n["label"] for n in nodes if n)


def _year(v: str | None) -> int | None:
    try:
        return int(str(v)[:4]) if v else None
    except ValueError:
        return None


def to_ical(duties: list[dict[str, Any]], name: str, iri: str, site: str, suffix: str,
            now: dt.datetime) -> str:
    site = site.rstrip("/")
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kehoach//reporting calendar//VI",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{_escape('Lịch báo cáo: ' + name)}",
             f"X-WR-CALDESC:{_escape('Hạn báo cáo / reporting deadlines — ' + site + href(iri, suffix))}"]
    undated = []
    for d in duties:
        plan = d["plan"]["label"] if d.get("plan") else ""
        who = _names(d["reporter"]) or "?"
        to = _names(d["recipient"]) or "?"
        summary = f"Báo cáo {who} → {to}" + (f" ({plan})" if plan else "")
        desc = (d.get("text") or "") + (f"\nQua / via: {_names(d['via'])}" if d.get("via") else "")
        if d.get("plan"):
            desc += f"\n{plan}: {site}{href(d['plan']['iri'], suffix)}"
        start: dt.date | None = None
        rrule = None
        if d.get("yearly") and d.get("month") and d.get("day"):
            year = _year(d.get("period_start")) or now.year
            try:
                start = dt.date(year, d["month"], d["day"])
            except ValueError:
                start = None
            end = _year(d.get("period_end"))
            rrule = "RRULE:FREQ=YEARLY" + (f";UNTIL={end:04d}1231" if end else "")
        elif d.get("deadline"):
            try:
                start = dt.date.fromisoformat(str(d["deadline"])[:10])
            except ValueError:
                start = None
        if start is None:
            undated.append(d)
            continue
        uid = d["node"]["iri"] if d.get("node") else f"{iri}#{len(lines)}"
        lines += ["BEGIN:VEVENT", f"UID:{_escape(uid)}", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{start + dt.timedelta(days=1):%Y%m%d}"]
        if rrule:
            lines.append(rrule)
        lines += [f"SUMMARY:{_escape(summary)}", f"DESCRIPTION:{_escape(desc.strip())}",
                  f"URL:{site}{href(uid, suffix)}", "TRANSP:TRANSPARENT", "END:VEVENT"]
    if undated:
        note = f"{len(undated)} reporting duty(ies) without a day are not placed: "
        lines.insert(7, "X-KEHOACH-UNPLACED:" + _escape(note + "; ".join((d.get("text") or "")[:80] for d in undated)))
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
