-- The language a person chose for their account: every email to them, and their pages once
-- they sign in, are in it. Null until chosen: an account made before this adopts the language
-- it next signs in with.
alter table account add column language text;
