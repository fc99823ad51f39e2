-- The calendar: one row per day from 2015-01-01 to the end of the year after the run date, with
-- Norwegian names. Grain: day. Key: date_key (yyyymmdd); natural key calendar_date.
-- Columns:
--   date_key: the day as yyyymmdd.
--   calendar_date: the day.
--   year_number: the calendar year.
--   month_number: the month of the year, 1-12.
--   day_of_month: the day of the month, 1-31.
--   iso_year_number: the ISO 8601 week-numbering year.
--   iso_week_number: the ISO 8601 week, 1-53.
--   iso_weekday_number: the ISO weekday, 1 Monday to 7 Sunday.
--   weekday_name_nb: the weekday's Norwegian name (mandag ... søndag).
--   is_weekend: Saturday or Sunday.
--   month_start_date: the first day of the day's month.
--   month_key: the day's month as yyyymm.
with days as (
    select cast(days_of(
        date '2015-01-01',
        cast(date_trunc('year', run_date()) + interval 2 year - interval 1 day as date)
    ) as date) as calendar_date
),

final as (
    select
        date_key(calendar_date) as date_key,
        calendar_date,
        year(calendar_date) as year_number,
        month(calendar_date) as month_number,
        day(calendar_date) as day_of_month,
        isoyear(calendar_date) as iso_year_number,
        week(calendar_date) as iso_week_number,
        iso_weekday(calendar_date) as iso_weekday_number,
        weekday_name_nb(iso_weekday(calendar_date)) as weekday_name_nb,
        iso_weekday(calendar_date) >= 6 as is_weekend,
        cast(date_trunc('month', calendar_date) as date) as month_start_date,
        year(calendar_date) * 100 + month(calendar_date) as month_key
    from days
)

select * from final
