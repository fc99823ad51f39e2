-- Power BI: the date dimension, to relate the day-level views on date_key (start_date_key,
-- cutover_date_key, snapshot_date_key), with the Norwegian public holidays.
-- Grain: day. Key: date_key.
-- Columns:
--   date_key: the day as yyyymmdd, the key the day-level views relate on.
--   calendar_date: the day.
--   year_number: the calendar year.
--   month_number: the month of the year, 1-12.
--   day_of_month: the day of the month, 1-31.
--   iso_year_number: the ISO 8601 week-numbering year.
--   iso_week_number: the ISO 8601 week, 1-53.
--   iso_weekday_number: the ISO weekday, 1 Monday to 7 Sunday.
--   weekday_name_nb: the weekday's Norwegian name (mandag ... søndag).
--   is_weekend: Saturday or Sunday.
--   is_public_holiday: a Norwegian public holiday (definitions.md, "Sick leave").
--   public_holiday_name_nb: the holiday's Norwegian name, both names when two fall on the day; empty on other days.
--   is_working_day: neither a weekend day nor a public holiday.
--   month_start_date: the first day of the day's month.
--   month_key: the day's month as yyyymm, to relate to bi_calendar_month.
with days as (
    select * from marts.dim_calendar_date
),

holidays as (
    select * from marts.dim_calendar_public_holiday
),

final as (
    select
        days.date_key,
        days.calendar_date,
        cast(days.year_number as integer) as year_number,
        cast(days.month_number as integer) as month_number,
        cast(days.day_of_month as integer) as day_of_month,
        cast(days.iso_year_number as integer) as iso_year_number,
        cast(days.iso_week_number as integer) as iso_week_number,
        cast(days.iso_weekday_number as integer) as iso_weekday_number,
        days.weekday_name_nb,
        days.is_weekend,
        holidays.date_key is not null as is_public_holiday,
        holidays.holiday_name_nb as public_holiday_name_nb,
        not days.is_weekend and holidays.date_key is null as is_working_day,
        days.month_start_date,
        cast(days.month_key as integer) as month_key
    from days
    left join holidays on holidays.date_key = days.date_key
)

select * from final
