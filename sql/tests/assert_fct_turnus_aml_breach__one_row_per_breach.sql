-- At most one breach per person, rule and day (the daily rules keep one a day; the weekly rules are dated the week's Sunday).
select rule_id, employee_key, breach_date, count(*) as breaches
from marts.fct_turnus_aml_breach
group by rule_id, employee_key, breach_date
having count(*) > 1
