-- Norwegian public holidays (definitions.md, "Sick leave") for every year of the calendar: 1 January,
-- Maundy Thursday, Good Friday, Easter Monday, 1 May, 17 May, Ascension Day, Whit Monday, 25 and
-- 26 December. Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
-- Grain: holiday. Key: holiday_date.
-- Columns:
--   date_key: the holiday as yyyymmdd.
--   holiday_date: the holiday.
--   holiday_name_nb: the holiday's Norwegian name (two names joined by " / " where two fall on one day).
with years as (
    select distinct year_number from marts.dim_calendar_date
),

easter_terms as (
    select
        year_number,
        year_number % 19 as a,
        whole_div(year_number, 100) as b,
        year_number % 100 as c
    from years
),

easter_steps as (
    select
        year_number, a, b, c,
        (19 * a + b - whole_div(b, 4) - whole_div(b - whole_div(b + 8, 25) + 1, 3) + 15) % 30 as h,
        (32 + 2 * (b % 4) + 2 * whole_div(c, 4) - ((19 * a + b - whole_div(b, 4) - whole_div(b - whole_div(b + 8, 25) + 1, 3) + 15) % 30) - c % 4) % 7 as l
    from easter_terms
),

easter as (
    select
        year_number,
        make_date(
            year_number,
            cast(whole_div(h + l - 7 * whole_div(a + 11 * h + 22 * l, 451) + 114, 31) as integer),
            cast((h + l - 7 * whole_div(a + 11 * h + 22 * l, 451) + 114) % 31 + 1 as integer)
        ) as easter_sunday
    from easter_steps
),

holidays as (
    select make_date(year_number, 1, 1) as holiday_date, '1. nyttårsdag' as holiday_name_nb from years
    union all select cast(easter_sunday - interval 3 day as date), 'Skjærtorsdag' from easter
    union all select cast(easter_sunday - interval 2 day as date), 'Langfredag' from easter
    union all select cast(easter_sunday + interval 1 day as date), '2. påskedag' from easter
    union all select make_date(year_number, 5, 1), 'Offentlig høytidsdag' from years
    union all select make_date(year_number, 5, 17), 'Grunnlovsdag' from years
    union all select cast(easter_sunday + interval 39 day as date), 'Kristi himmelfartsdag' from easter
    union all select cast(easter_sunday + interval 50 day as date), '2. pinsedag' from easter
    union all select make_date(year_number, 12, 25), '1. juledag' from years
    union all select make_date(year_number, 12, 26), '2. juledag' from years
),

-- Two holidays can fall on one day (17 May = Ascension Day in 2012, 2091): one row, both names.
final as (
    select
        date_key(holiday_date) as date_key,
        holiday_date,
        joined_text(holiday_name_nb, ' / ') as holiday_name_nb
    from holidays
    group by holiday_date
)

select * from final
