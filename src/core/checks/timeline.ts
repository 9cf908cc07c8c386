import { atTitle, visibleText, type Check, type CheckFinding } from './check.js'

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec'
]
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'

/** `2022-04-15`, `2022/04/15`, and the date of an ISO 8601 date-time (`2024-01-10T08:10:00Z`). */
const ISO = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\b|(?=T\d))/
const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`,
  'i'
)
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:,?\\s+(\\d{4})\\b)?`,
  'i'
)
/**
 * `14:05`, `14:05:09`, the time of an ISO date-time (`T08:10:00.5Z`),
 * 12-hour `2:05 PM`, `2:05pm`, `2:05 p.m.` (a colon may follow: `2:05 PM:`),
 * and an explicit offset: `Z`, `UTC`, `GMT`, `UTC+2`, `+02:00`, `-0500`.
 */
const TIME =
  /(?:\b|(?<=\dT))([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:[ \t]?([ap])\.?m\b\.?)?(?:[ \t]?(Z|(?:UTC|GMT)(?:[ \t]?[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})(?![\w]))?(?!\w|:\d)/i
/** Something written as a time that no clock shows: `25:00`, `14:75`. */
const NOT_A_TIME = /(?:\b|(?<=\dT))(\d{1,2}):(\d{2})(?!\d)/

/** Minutes after midnight; a 12-hour time counts from 12 AM (midnight). */
function minutesOf(m: RegExpExecArray): number {
  let hours = +m[1]!
  const half = m[3]?.toLowerCase()
  if (half && hours >= 1 && hours <= 12)
    hours = (hours % 12) + (half === 'p' ? 12 : 0)
  return hours * 60 + +m[2]!
}

/** Minutes east of UTC that an explicit offset names (`Z` and `UTC` are 0). */
function offsetOf(zone: string | undefined): number | undefined {
  if (zone === undefined) return undefined
  const m = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone)
  if (!m) return 0
  const minutes = +m[2]! * 60 + +(m[3] ?? 0)
  return m[1] === '-' ? -minutes : minutes
}

/** Whether a day exists in that month (29 February only in a leap year; any leap year when the year is unknown). */
function realDate(year: number | undefined, month: number, day: number) {
  const y = year ?? 2000
  const d = new Date(Date.UTC(y, month - 1, day))
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/** A date or time read from one line; fields left out are inherited. */
interface Stamp {
  year?: number
  month?: number
  day?: number
  minutes?: number
  /** Minutes east of UTC, when the entry says (`+02:00`, `UTC`, `Z`). */
  offset?: number
  line: number
  column: number
}

/** A line that reads as a date or time that cannot be. */
interface Impossible {
  readonly impossible: string
  readonly column: number
}

interface DateMatch {
  year?: number
  month: number
  day: number
  index: number
}

const month = (name: string) =>
  MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1

/** Each date form with the capture groups of its year, month and day. */
const DATE_FORMS: readonly {
  pattern: RegExp
  read: (m: RegExpExecArray) => Omit<DateMatch, 'index'>
}[] = [
  { pattern: ISO, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  {
    pattern: MONTH_DAY,
    read: (m) => ({
      ...(m[3] ? { year: +m[3] } : {}),
      month: month(m[1]!),
      day: +m[2]!
    })
  },
  {
    pattern: DAY_MONTH,
    read: (m) => ({
      ...(m[3] ? { year: +m[3] } : {}),
      month: month(m[2]!),
      day: +m[1]!
    })
  }
]

function readLine(text: string): Omit<Stamp, 'line'> | Impossible | undefined {
  let date: DateMatch | undefined
  const candidates = DATE_FORMS.map(({ pattern, read }) => {
    const m = pattern.exec(text)
    return m ? { ...read(m), index: m.index } : undefined
  })
  for (const c of candidates) {
    if (!c || c.month < 1 || c.month > 12 || c.day < 1 || c.day > 31) continue
    if (!date || c.index < date.index) date = c
  }
  if (date && !realDate(date.year, date.month, date.day))
    return {
      impossible: `date \`${date.year === undefined ? '' : `${pad(date.year, 4)}-`}${pad(date.month)}-${pad(date.day)}\`, expected a day that exists`,
      column: date.index + 1
    }
  const time = TIME.exec(text)
  const clock = NOT_A_TIME.exec(text)
  if (
    clock &&
    (+clock[1]! > 23 || +clock[2]! > 59) &&
    (!time || clock.index < time.index)
  )
    return {
      impossible: `time \`${pad(+clock[1]!)}:${clock[2]}\`, expected hours 00–23 and minutes 00–59`,
      column: clock.index + 1
    }
  if (!date && !time) return undefined
  const stamp: Omit<Stamp, 'line'> = {
    column: Math.min(date?.index ?? Infinity, time?.index ?? Infinity) + 1
  }
  if (date) {
    if (date.year !== undefined) stamp.year = date.year
    stamp.month = date.month
    stamp.day = date.day
  }
  if (time) {
    stamp.minutes = minutesOf(time)
    const offset = offsetOf(time[4])
    if (offset !== undefined) stamp.offset = offset
  }
  return stamp
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

type Resolved = Required<Omit<Stamp, 'minutes' | 'offset'>> & {
  minutes?: number
  offset?: number
}

/** An entry as the reader would say it, built from parsed numbers (never raw text). */
function describe(s: Resolved) {
  const date = `${pad(s.year, 4)}-${pad(s.month)}-${pad(s.day)}`
  if (s.minutes === undefined) return date
  const zone =
    s.offset === undefined || s.offset === 0
      ? ''
      : ` ${s.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(s.offset) / 60))}:${pad(Math.abs(s.offset) % 60)}`
  return `${date} ${pad(Math.floor(s.minutes / 60))}:${pad(s.minutes % 60)}${zone}`
}

/**
 * Order of two entries. Both timed: by the instant, an explicit offset
 * respected (an entry without one is read as UTC, the convention of incident
 * reports). Otherwise by the date as written.
 */
function compare(a: Resolved, b: Resolved): number {
  if (a.minutes !== undefined && b.minutes !== undefined) {
    const at = (e: Resolved) =>
      Date.UTC(e.year, e.month - 1, e.day) / 60_000 +
      e.minutes! -
      (e.offset ?? 0)
    return at(a) - at(b)
  }
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/**
 * Every line of the section that carries a date or a time is an entry (list
 * items, table rows and paragraph lines alike); code and HTML comments are not.
 * Entries inherit a missing year or date from the entry before. A timeline that
 * runs newest-first throughout is accepted as such.
 */
export const timeline: Check = {
  id: 'timeline',
  description: 'At least one dated or timed entry, in chronological order',
  run(section, { body, lines }) {
    const text = visibleText(section, body, true)
    const startLine = lines.point(section.contentStart)
    const entries: Resolved[] = []
    const impossible: CheckFinding[] = []
    let found = false
    let last: Resolved | undefined
    text.split('\n').forEach((lineText, i) => {
      const read = readLine(lineText)
      if (!read) return
      const line = startLine.line + i
      const column = i === 0 ? startLine.column + read.column - 1 : read.column
      if ('impossible' in read) {
        impossible.push({
          severity: 'warning',
          message: `Unexpected ${read.impossible}`,
          line,
          column,
          rule: 'timeline-impossible'
        })
        return
      }
      found = true
      let resolved: Resolved | undefined
      if (read.month !== undefined && read.day !== undefined) {
        const year = read.year ?? last?.year
        if (year !== undefined) {
          resolved = { year, month: read.month, day: read.day, line, column }
          if (read.minutes !== undefined) resolved.minutes = read.minutes
          if (read.offset !== undefined) resolved.offset = read.offset
        }
      } else if (last && read.minutes !== undefined) {
        // A time alone continues the day before it; an earlier time is the next day.
        resolved = { ...last, line, column, minutes: read.minutes }
        if (read.offset !== undefined) resolved.offset = read.offset
        if (last.minutes !== undefined && read.minutes < last.minutes) {
          const next = new Date(
            Date.UTC(last.year, last.month - 1, last.day + 1)
          )
          resolved.year = next.getUTCFullYear()
          resolved.month = next.getUTCMonth() + 1
          resolved.day = next.getUTCDate()
        }
      }
      if (resolved) {
        entries.push(resolved)
        last = resolved
      }
    })
    if (!found) {
      return [
        ...impossible,
        atTitle(
          section,
          'timeline-undated',
          'warning',
          `Unexpected \`${section.spec.name}\` without a dated entry, expected at least one entry with a date or time (such as \`2022-04-15 14:05 UTC\`)`
        )
      ]
    }
    const steps = entries.slice(1).map((e, i) => compare(e, entries[i]!))
    // Three or more entries all going backwards are a newest-first timeline;
    // two are too few to tell that from a mistake.
    const newestFirst =
      entries.length >= 3 &&
      steps.some((s) => s < 0) &&
      steps.every((s) => s <= 0)
    if (newestFirst) return impossible
    const findings: CheckFinding[] = [...impossible]
    steps.forEach((step, i) => {
      if (step >= 0) return
      const previous = entries[i]!
      const entry = entries[i + 1]!
      findings.push({
        severity: 'warning',
        message: `Unexpected timeline entry \`${describe(entry)}\` after \`${describe(previous)}\`, expected chronological order`,
        line: entry.line,
        column: entry.column,
        rule: 'timeline-order',
        cause: { message: 'Previous entry here', line: previous.line }
      })
    })
    return findings
  }
}
