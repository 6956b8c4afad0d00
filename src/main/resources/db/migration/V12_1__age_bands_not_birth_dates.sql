-- Young Inspectors' ages are kept as bands, never as dates of birth (as little as the process
-- needs: who needs a parent's or carer's consent, and the age bands of an inspection's evidence).
alter table wm_young_inspector add column age_band varchar(10);
alter table wm_young_inspector add column age_now integer;

update wm_young_inspector set age_now =
  cast(extract(year from current_date) - extract(year from date_of_birth) as integer)
  - case when extract(month from current_date) * 100 + extract(day from current_date)
              < extract(month from date_of_birth) * 100 + extract(day from date_of_birth) then 1 else 0 end;

update wm_young_inspector set age_band = case
    when age_now <= 10 then '8-10'
    when age_now <= 15 then '11-15'
    when age_now <= 17 then '16-17'
    else '18-25' end;

alter table wm_young_inspector alter column age_band set not null;
alter table wm_young_inspector drop column age_now;
alter table wm_young_inspector drop column date_of_birth;
