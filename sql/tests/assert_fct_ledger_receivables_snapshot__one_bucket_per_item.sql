-- Every open item in effect falls in exactly one aging bucket.
-- grain: open item that is missing from the fact or counted twice.
select items.source_file, items.record_no, count(facts.open_item_key) as buckets
from intermediate.int_ledger__open_items_latest as items
left join marts.fct_ledger_receivables_snapshot as facts using (source_file, record_no)
group by items.source_file, items.record_no
having count(facts.open_item_key) <> 1
