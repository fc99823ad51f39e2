-- Every line the mapping in effect names is a line of the report (stg_ledger__seed_report_lines): a misspelt line in a
-- delivered mapping stops the run. grain: mapping row with an unknown report line.
select mapping.report_line_name, mapping.account_from, mapping.account_to, mapping.valid_from, mapping.mapping_source
from intermediate.int_ledger__account_report_line as mapping
where mapping.report_line_name not in (select report_line_name from staging.stg_ledger__seed_report_lines)
