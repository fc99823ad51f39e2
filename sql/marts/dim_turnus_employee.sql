-- Employees as a slowly changing dimension of type 2, pseudonymous: one version per employment
-- row (a change of unit, type, percentage or dispensation starts a new row in the source). The
-- person is only the HMAC pseudonym; this table stays in the work warehouse (never published).
-- Grain: employee version. Key: employee_version_key (MD5 of employee_key and valid_from);
-- natural key (employee_key, valid_from).
-- Columns:
--   employee_version_key: surrogate key of the version.
--   employee_key: the HMAC pseudonym of the person (never the employee number).
--   org_unit_key: surrogate key of the org unit of the version.
--   org_unit_id: the org unit.
--   employment_type: FAST, MIDLERTIDIG, LAERLING or TRAINEE, as turnus gives it.
--   employment_category: permanent, temporary or trainee (LAERLING and TRAINEE).
--   position_pct: the position percentage.
--   has_aml_dispensation: whether the person has a dispensation from the working-time limits.
--   valid_from: the first day of the version.
--   valid_to: the last day of the version, null while open.
--   is_latest_version: the newest version of the person.
--   is_current: the version valid the day before the run date.
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
