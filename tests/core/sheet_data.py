"""Generated referral spreadsheets "as kept today", with errors planted at known rows and columns."""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from casework import identifiers

HEADERS = ["Name", "DOB", "Gender", "Postcode", "NHS number", "PNC ID", "Referral date/time", "Source",
           "Pathway", "Team", "Worker", "Notes"]
COLUMN = {h: chr(65 + i) for i, h in enumerate(HEADERS)}
GIVEN = ["Sam", "Alex", "Jordan", "Taylor", "Casey", "Riley", "Morgan", "Jamie", "Rhys", "Dylan", "Cerys", "Ffion",
         "Kai", "Leah", "Noah", "Ava", "Zain", "Amara", "Oscar", "Isla"]
FAMILY = ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths",
          "Price", "Khan", "Patel", "Okafor", "Nowak", "Smith", "Brown", "Wilson", "Taylor", "Clarke"]


def nhs_numbers(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    found: set[str] = set()
    while len(found) < count:
        nine = f"{rng.randrange(400_000_000, 999_999_999):09d}"
        check = identifiers.nhs_check_digit(nine)
        if check is not None:
            found.add(nine + str(check))
    return sorted(found)


@dataclass
class Planted:
    row: int  # as the spreadsheet shows it (header = 1)
    header: str
    rule: str

    @property
    def column(self) -> str:
        return COLUMN[self.header]


@dataclass
class Generated:
    rows: list[list[object]]
    planted: list[Planted] = field(default_factory=list)
    fixes: dict[int, dict[str, object]] = field(default_factory=dict)
    drop_rows: set[int] = field(default_factory=set)

    def fixed_rows(self) -> list[list[object]]:
        out = []
        for number, row in enumerate(self.rows, start=2):
            if number in self.drop_rows:
                continue
            row = list(row)
            for header, value in self.fixes.get(number, {}).items():
                row[HEADERS.index(header)] = value
            out.append(row)
        return out


def referral_rows(count: int, *, today: date = date(2026, 6, 15), seed: int = 1, real_dates: bool = False,
                  team: str = "YOT Milton Keynes", worker: str = "casey") -> list[list[object]]:
    """``count`` valid Act Now referrals; DOB and referral time as text (dd/mm/yyyy) or as date cells."""
    rng = random.Random(seed)
    nhs = nhs_numbers(count, seed)
    rows = []
    for i in range(count):
        dob = today - timedelta(days=rng.randrange(11 * 366, 16 * 365))
        received = datetime(2026, 1, 5, 9, 0) + timedelta(minutes=37 * i)
        if received.date() >= today:
            received = datetime(2025, 11, 3, 9, 0) + timedelta(minutes=11 * i)
        if received.hour == 1:  # never in the hour the clocks skip or repeat (planted apart)
            received += timedelta(hours=2)
        name = f"{GIVEN[i % len(GIVEN)]}{i} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]}"
        rows.append([
            name,
            dob if real_dates else (dob.strftime("%d/%m/%Y") if i % 3 else dob.strftime("%-d/%-m/%y")),
            ["M", "F", "Male", "female", "non-binary", ""][i % 6],
            f"MK{1 + i % 19} {i % 10}AB",
            nhs[i] if i % 4 else f"{nhs[i][:3]} {nhs[i][3:6]} {nhs[i][6:]}",
            "",
            received if real_dates else received.strftime("%d/%m/%Y %H:%M"),
            "Custody",
            "Act Now",
            team,
            worker,
            "" if i % 5 else "Knife found on arrest; =SUM(A1) is text",
        ])
    return rows


def with_planted_errors(count: int, *, real_dates: bool = False, existing_nhs: str | None = None) -> Generated:
    """Valid rows, then errors of several kinds at known rows; ``fixes`` puts each right."""
    rows = referral_rows(count, real_dates=real_dates)
    gen = Generated(rows)

    def plant(index: int, header: str, value: object, rule: str, fix: object | None = None) -> None:
        number = index + 2
        original = rows[index][HEADERS.index(header)]
        rows[index][HEADERS.index(header)] = value
        gen.planted.append(Planted(number, header, rule))
        gen.fixes.setdefault(number, {})[header] = original if fix is None else fix

    n = count
    plant(35, "DOB", "31/02/2009", "date_format")
    plant(n // 7, "DOB", "12/25/2011", "date_format")
    plant(n // 5, "DOB", "01/01/1990", "age_out_of_range")
    plant(n // 3, "NHS number", "9434765918", "nhs_number_check_digit")
    plant(n // 2, "Postcode", "NOT A POSTCODE", "postcode_format")
    plant(n // 2, "Gender", "banana", "choice")  # a second error in the same row
    plant(n // 2 + 1, "Referral date/time", "15/07/2026 10:00", "in_future")
    plant(n // 2 + 2, "Referral date/time", "29/03/2026 01:30", "nonexistent_time")
    plant(n // 2 + 3, "Referral date/time", "26/10/2025 01:30", "ambiguous_time")
    plant(n // 2 + 4, "Source", "Fax", "source_not_in_pathway")
    plant(n // 2 + 5, "Pathway", "Operation Unknown", "unknown_pathway")
    plant(n // 2 + 6, "Worker", "nobody.here", "unknown_user")
    plant(n // 2 + 7, "Team", "Leeds Navigators", "not_permitted")
    plant(n // 2 + 8, "Name", "", "required")
    plant(n - 2, "Referral date/time", "32/01/2026 09:00", "date_format")
    if existing_nhs is not None:
        plant(n - 3, "NHS number", existing_nhs, "identifier_other_person")
    # an exact repeat of another row: the fix is to drop it
    source_index = 10
    rows[n - 1] = list(rows[source_index])
    gen.planted.append(Planted(n + 1, "Referral date/time", "repeated_row"))
    gen.drop_rows.add(n + 1)
    return gen


def to_csv(headers: list[str], rows: list[list[object]], *, encoding: str = "utf-8-sig", delimiter: str = ",") -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if v is None else (v.strftime("%d/%m/%Y %H:%M") if isinstance(v, datetime) else
                                               v.strftime("%d/%m/%Y") if isinstance(v, date) else v) for v in row])
    return buffer.getvalue().encode(encoding)


def to_xlsx(headers: list[str], rows: list[list[object]], *, sheet: str = "Referrals") -> bytes:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet(sheet)
    ws.append(headers)
    for row in rows:
        ws.append([None if v == "" else v for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
