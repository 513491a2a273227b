//! The types of a model's fields, for typing the values people write (short domains): the model's
//! `fields_get` (`schema::FieldDef`s), kept in the cache dir (`file_cache`) per (server,
//! database, user, model) for a few minutes, so that a search costs one extra request at most once
//! in that time. Dotted paths (`party.name`, `addresses.city`) are resolved through relations
//! (`schema::walk`).
//! This cache is not the opt-in read cache (`--cache`): it holds no data, only the schema.

use std::collections::HashMap;
use std::time::Duration;

use serde_json::{Value, json};

use crate::domain::{Domain, FieldType};
use crate::exit::Failure;
use crate::file_cache::FileCache;
use crate::schema::{self, FieldDef, FieldKind, Fields, WalkError};
use crate::session::Authenticated;

/// How long field types are trusted: long enough for a session of searches, short enough that
/// a module activated meanwhile is seen soon (and a field missing from a cached entry is asked
/// for again at once).
pub const TTL: Duration = Duration::from_secs(300);

struct Known {
    fields: Fields,
    /// Straight from the server in this run (not from the cache file).
    fresh: bool,
}

/// Field types looked up during one command.
pub struct FieldTypes {
    models: HashMap<String, Known>,
    files: Option<FileCache>,
}

impl FieldTypes {
    pub fn new() -> FieldTypes {
        FieldTypes {
            models: HashMap::new(),
            files: FileCache::open(None, "fields-"),
        }
    }

    /// The type of each of `paths` (field names as written, dotted ones through relations) on
    /// `model`; an unknown field is a usage error that names it and its model.
    pub fn resolve(
        &mut self,
        session: &mut Authenticated,
        model: &str,
        paths: &[&str],
    ) -> anyhow::Result<HashMap<String, FieldType>> {
        let mut types = HashMap::new();
        for path in paths {
            let field_type = self.type_of(session, model, path)?;
            types.insert(path.to_string(), field_type);
        }
        Ok(types)
    }

    fn type_of(
        &mut self,
        session: &mut Authenticated,
        model: &str,
        path: &str,
    ) -> anyhow::Result<FieldType> {
        let names: Vec<&str> = path.split('.').collect();
        let walked = schema::walk(model, &names, |model, name| {
            self.definition(session, model, name)
        });
        match walked {
            Ok(steps) => Ok(steps
                .last()
                .map_or(FieldType::Untyped, |step| type_of_kind(&step.field.kind))),
            Err(WalkError::Lookup(err)) => Err(err),
            // reference and dict fields: what follows is the server's to resolve.
            Err(WalkError::NotARelation { step, .. })
                if matches!(step.field.kind, FieldKind::Reference | FieldKind::Dict) =>
            {
                Ok(FieldType::Untyped)
            }
            Err(WalkError::NotARelation { step, .. }) => Err(Failure::usage(format!(
                "'{path}': {} is a {} field of {}, not a relation, so nothing can follow it",
                step.field.name, step.field.kind, step.model
            ))
            .into()),
        }
    }

    /// The field of `model` whose label is `label` (as `export --header labels` writes it),
    /// if exactly one has it; labels come from the server (older cache entries lack them).
    pub fn field_by_label(
        &mut self,
        session: &mut Authenticated,
        model: &str,
        label: &str,
    ) -> anyhow::Result<Option<FieldDef>> {
        let find = |known: &Known| -> Vec<FieldDef> {
            known
                .fields
                .values()
                .filter(|d| d.string.as_deref() == Some(label))
                .cloned()
                .collect()
        };
        self.load(session, model)?;
        let mut found = find(&self.models[model]);
        if found.is_empty() && !self.models[model].fresh {
            let fields = self.fetch(session, model)?;
            self.models.insert(model.to_string(), fields);
            found = find(&self.models[model]);
        }
        Ok(if found.len() == 1 { found.pop() } else { None })
    }

    fn load(&mut self, session: &mut Authenticated, model: &str) -> anyhow::Result<()> {
        if !self.models.contains_key(model) {
            let fields = match self.read_cache(session, model) {
                Some(fields) => fields,
                None => self.fetch(session, model)?,
            };
            self.models.insert(model.to_string(), fields);
        }
        Ok(())
    }

    /// The definition of `field` on `model`: from this run's answers, the cache file, or the
    /// server. A field missing from a cached answer is asked for once more before it is called
    /// unknown (the model may have changed since).
    pub fn definition(
        &mut self,
        session: &mut Authenticated,
        model: &str,
        field: &str,
    ) -> anyhow::Result<FieldDef> {
        self.load(session, model)?;
        if let Some(found) = self.models[model].fields.get(field) {
            return Ok(found.clone());
        }
        if !self.models[model].fresh {
            let fields = self.fetch(session, model)?;
            self.models.insert(model.to_string(), fields);
            if let Some(found) = self.models[model].fields.get(field) {
                return Ok(found.clone());
            }
        }
        let known = &self.models[model].fields;
        let hint = match closest(field, known.keys()) {
            Some(name) => format!(" (did you mean '{name}'?)"),
            None => String::new(),
        };
        Err(Failure::usage(format!(
            "unknown field '{field}' on {model}{hint}; 'tryton-cli fields {model}' lists them"
        ))
        .into())
    }

    fn fetch(&self, session: &mut Authenticated, model: &str) -> anyhow::Result<Known> {
        let context = session.context().clone();
        let fields = schema::fields_get(model, &context, |method, params| {
            Ok(session.call(method, params)?.value)
        })?;
        if let Some(files) = &self.files {
            files.put(&cache_key(session, model), &fields, TTL);
        }
        Ok(Known {
            fields,
            fresh: true,
        })
    }

    fn read_cache(&self, session: &Authenticated, model: &str) -> Option<Known> {
        let fields = self.files.as_ref()?.fresh(&cache_key(session, model))?;
        log::debug!("* field types of {model}: from the cache");
        Some(Known {
            fields,
            fresh: false,
        })
    }
}

/// Field types are kept per server, database, user and model.
fn cache_key(session: &Authenticated, model: &str) -> Value {
    let info = &session.info;
    json!([info.url, info.database, info.login, model])
}

/// How the domain types a value of a field of this kind.
pub fn type_of_kind(kind: &FieldKind) -> FieldType {
    FieldType::from_tryton(kind.as_str())
}

/// The known name nearest to a misspelt one, when it is near enough to be a likely typo.
fn closest<'a>(name: &str, known: impl Iterator<Item = &'a String>) -> Option<&'a str> {
    known
        .map(|candidate| (strsim::levenshtein(name, candidate), candidate))
        .filter(|(distance, candidate)| {
            *distance <= (candidate.chars().count() / 3).max(2)
                && *distance < candidate.chars().count()
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate.as_str())
}

/// The boolean columns of record outputs, found when first needed: PostgreSQL sends booleans,
/// SQLite sends `1`/`0`, so the field types are only looked up (one `fields_get`, cached) when
/// a page holds a `1` or `0` in a column other than `id`. A column that cannot be typed (not a
/// field path of the model, or the lookup failed) is left as the server sent it.
pub struct Booleans {
    model: String,
    columns: Vec<String>,
    known: Option<Vec<String>>,
}

impl Booleans {
    pub fn new(model: &str, columns: &[String]) -> Booleans {
        Booleans {
            model: model.to_string(),
            columns: columns.iter().filter(|c| *c != "id").cloned().collect(),
            known: None,
        }
    }

    /// `records` (as trytond answers them) with the boolean columns' `1`/`0` as booleans.
    pub fn apply(&mut self, session: &mut Authenticated, records: &mut [Value]) {
        if self.known.is_none() {
            let mut seen = false;
            for record in records.iter_mut() {
                for column in &self.columns {
                    crate::output::for_each_at(record, column, &mut |value| {
                        seen |= value.as_u64().is_some_and(|n| n <= 1);
                    });
                }
            }
            if !seen {
                return;
            }
            let mut types = FieldTypes::new();
            let booleans = self
                .columns
                .iter()
                .filter(|column| {
                    matches!(
                        types.resolve(session, &self.model, &[column.as_str()]),
                        Ok(found) if found.get(column.as_str()) == Some(&FieldType::Boolean)
                    )
                })
                .cloned()
                .collect();
            self.known = Some(booleans);
        }
        if let Some(booleans) = &self.known {
            crate::output::type_booleans(records, booleans);
        }
    }
}

/// The domain to send: JSON as written; the short form with each value typed by its field
/// (`fields_get`, cached for a few minutes), an unknown field refused before anything is searched.
pub fn typed_domain(
    domain: &Domain,
    session: &mut Authenticated,
    model: &str,
) -> anyhow::Result<Value> {
    let fields = domain.fields();
    if fields.is_empty() {
        return Ok(domain.untyped());
    }
    let types = FieldTypes::new().resolve(session, model, &fields)?;
    let typed = domain.typed(|field| types.get(field).copied().unwrap_or(FieldType::Untyped));
    typed.map_err(|err| Failure::usage(err.to_string()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_field_suggests_the_nearest_name() {
        let known: Vec<String> = ["name", "code", "addresses", "active"]
            .map(String::from)
            .to_vec();
        assert_eq!(closest("nmae", known.iter()), Some("name"));
        assert_eq!(closest("adresses", known.iter()), Some("addresses"));
        assert_eq!(closest("zzzz", known.iter()), None);
    }
}
