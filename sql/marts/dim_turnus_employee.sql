-- Employees as a slowly changing dimension of type 2, pseudonymous: one version per employment
-- row (a change of unit, type, percentage or dispensation starts a new row in the source). The
-- person is only the HMAC pseudonym; this table stays in the work warehouse (never published).
-- Grain: employee version. Key: employee_version_key (MD5 of employee_key and valid_from);
-- natural key (employee_key, valid_from).
with employments as (
    select * from intermediate.int_turnus__employments
),

final as (
    select
        surrogate_key(employee_key || ':' || cast(valid_from as varchar)) as employee_version_key,
        employee_key,
        surrogate_key(org_unit_id) as org_unit_key,
        org_unit_id,
        employment_type,
        case employment_type
            when 'FAST' then 'permanent'
            when 'MIDLERTIDIG' then 'temporary'
            else 'trainee'
        end as employment_category,
        position_pct,
        has_aml_dispensation,
        valid_from,
        valid_to,
        row_number() over (partition by employee_key order by valid_from desc) = 1 as is_latest_version,
        valid_from <= run_date() - interval 1 day
            and coalesce(valid_to, date '9999-12-31') >= run_date() - interval 1 day as is_current
    from employments
)

select * from final
