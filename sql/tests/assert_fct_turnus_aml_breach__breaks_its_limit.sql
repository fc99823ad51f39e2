-- Every breach is on the wrong side of the limit that applied, and that limit is the rule's own (with or without dispensation).
select breaches.*
from marts.fct_turnus_aml_breach as breaches
join marts.dim_turnus_aml_rule as rules using (rule_id)
where breaches.limit_value is distinct from case when breaches.has_aml_dispensation then rules.limit_with_dispensation_value else rules.limit_value end
   or (rules.comparison = 'at_least' and not breaches.measured_value < breaches.limit_value)
   or (rules.comparison = 'at_most' and not breaches.measured_value > breaches.limit_value)
