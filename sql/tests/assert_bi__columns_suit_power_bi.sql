-- Every column of the bi views suits Power BI (outputs.md, "The Power BI kit"): an offending row is a
-- column with its type and the rule it breaks. Money (*_nok) is decimal(18,2) and no other column is
-- decimal; percentages (*_pct) are double; keys (*_key) are integers, so one type across files and no
-- 32-character hash; no hugeint, unsigned, interval, list, struct, map, union, blob or time zone type;
-- names are english snake_case. Runs on the work warehouse and, as it is, on the published file.
-- information_schema.columns is DuckDB's view over duckdb_columns(), with the same type names.
with columns_of_bi as (
    select
        table_name,
        column_name,
        data_type
    from information_schema.columns
    where table_catalog = current_database()
        and table_schema = 'bi'
),

checked as (
    select
        table_name,
        column_name,
        data_type,
        case
            when data_type not in ('BOOLEAN', 'DATE', 'TIMESTAMP', 'VARCHAR', 'INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL(18,2)')
                then 'a type Power BI cannot hold or that is not one of the kit''s: boolean, date, timestamp (Oslo wall time), varchar, integer, bigint, double, decimal(18,2)'
            when column_name like '%\_nok' escape '\' and data_type <> 'DECIMAL(18,2)'
                then 'money (*_nok) is decimal(18,2)'
            when column_name not like '%\_nok' escape '\' and data_type like 'DECIMAL%'
                then 'only money (*_nok) is decimal; a share or a count of days is double'
            when column_name like '%\_pct' escape '\' and data_type <> 'DOUBLE'
                then 'a percentage (*_pct) is double'
            when column_name like '%\_key' escape '\' and data_type <> 'INTEGER'
                then 'a key (*_key) is an integer, the same type in every file'
            when not regexp_matches(column_name, '^[a-z][a-z0-9_]*$')
                then 'a column name is english snake_case (display names belong in the model and the catalogue)'
        end as broken_rule
    from columns_of_bi
),

final as (
    select
        table_name,
        column_name,
        data_type,
        broken_rule
    from checked
    where broken_rule is not null
)

select * from final
