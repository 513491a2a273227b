//! Field paths as asked with `-f` (`name`, `party.rec_name`, `addresses.country.code`): checked
//! before any request, and found again in the records the server answers.
//!
//! trytond 7 and 8 answer a dotted field nested under the name of its first relation with a dot
//! appended: a Many2One (or Reference) as one object, `"party.": {"id": 7, "rec_name": "ACME"}`
//! (null when the relation is empty), a One2Many or Many2Many as a list of objects,
//! `"addresses.": [{"id": 1, "city": "Paris"}, {"id": 2, "city": "Lyon"}]`, and so on at each
//! further dot (`"country.": {"code": "FR", "id": 1}` inside each address). [`resolve`] walks that
//! nesting back to the path that was asked for:
//!
//! - through Many2One steps only, the value itself (null when a relation along the way is empty);
//! - through a One2Many or Many2Many step, a list with one value per related record, in the
//!   server's order (an empty relation gives `[]`); a Many2One that is empty inside it gives a
//!   null item, and lists from several x2many steps are flattened into one
//!   (`lines.taxes.name` is every tax name of every line), as jq's `.lines[].taxes[].name`.
//!
//! A record with a literal key equal to the whole path wins (no Tryton field name has a dot, so
//! that only happens for records that do not come from `read`/`search_read`).

use serde_json::{Map, Value};

/// Why a field path cannot be sent: a leading, trailing or doubled dot (`addresses.`, `.name`,
/// `party..name`). trytond answers those with an empty error (`''`), so they are refused before
/// any request.
pub fn check(path: &str) -> Result<(), String> {
    if path.split('.').any(str::is_empty) {
        return Err(format!(
            "'{path}' is not a field path: dots join field names, as in addresses.city or party.rec_name"
        ));
    }
    Ok(())
}

/// The fields a record command shows (`-f`), or `id,rec_name` when none are asked for. A path
/// with an empty name (`addresses.`, `party..name`) is refused here, before any request: the
/// server would answer it with an empty error.
pub fn fields_or_default(fields: &[String]) -> anyhow::Result<Vec<String>> {
    let fields: Vec<String> = fields
        .iter()
        .map(|f| f.trim().to_string())
        .filter(|f| !f.is_empty())
        .collect();
    for field in &fields {
        check(field).map_err(|why| crate::exit::Failure::usage(format!("-f: {why}")))?;
    }
    if fields.is_empty() {
        Ok(vec!["id".into(), "rec_name".into()])
    } else {
        Ok(fields)
    }
}

/// The value of `path` in a record as trytond answers it (see the module documentation); null
/// when the record has nothing there.
pub fn resolve(record: &Value, path: &str) -> Value {
    match find(record, path) {
        Found::One(value) => value.clone(),
        Found::Many(values) => Value::Array(values.into_iter().cloned().collect()),
    }
}

/// Runs `change` on every value at `path` in a record as trytond answers it: the values
/// [`resolve`] would give, in place.
pub fn for_each_at(record: &mut Value, path: &str, change: &mut impl FnMut(&mut Value)) {
    if let Some(value) = record.get_mut(path) {
        change(value);
        return;
    }
    let Some((head, rest)) = path.split_once('.') else {
        return;
    };
    match record.get_mut(format!("{head}.")) {
        Some(Value::Array(related)) => {
            for item in related {
                for_each_at(item, rest, change);
            }
        }
        Some(nested @ Value::Object(_)) => for_each_at(nested, rest, change),
        _ => {}
    }
}

enum Found<'a> {
    One(&'a Value),
    Many(Vec<&'a Value>),
}

fn find<'a>(record: &'a Value, path: &str) -> Found<'a> {
    static NULL: Value = Value::Null;
    if let Some(value) = record.get(path) {
        return Found::One(value);
    }
    let Some((head, rest)) = path.split_once('.') else {
        return Found::One(&NULL);
    };
    match record.get(format!("{head}.")) {
        Some(Value::Array(related)) => {
            let mut values = Vec::with_capacity(related.len());
            for item in related {
                match find(item, rest) {
                    Found::One(value) => values.push(value),
                    Found::Many(more) => values.extend(more),
                }
            }
            Found::Many(values)
        }
        Some(nested @ Value::Object(_)) => find(nested, rest),
        _ => Found::One(&NULL),
    }
}

/// The columns of a record when none were asked for (`call … -o table` on a method whose fields
/// are not known): its keys in the server's order, with each nested `"a."` relation replaced by
/// the dotted paths inside it (`a.b`), as found in its related records. The `id` that trytond
/// adds to every related record is left out there unless it is all there is.
pub fn columns_of(record: &Map<String, Value>) -> Vec<String> {
    let mut columns = Vec::new();
    for (key, value) in record {
        let Some(base) = key.strip_suffix('.') else {
            if !columns.contains(key) {
                columns.push(key.clone());
            }
            continue;
        };
        let mut inner: Vec<String> = Vec::new();
        let related: Vec<&Map<String, Value>> = match value {
            Value::Object(object) => vec![object],
            Value::Array(items) => items.iter().filter_map(Value::as_object).collect(),
            _ => Vec::new(),
        };
        for object in related {
            for column in columns_of(object) {
                if !inner.contains(&column) {
                    inner.push(column);
                }
            }
        }
        let only_id = inner.iter().all(|column| column == "id");
        for column in inner {
            if column == "id" && !only_id {
                continue;
            }
            let path = format!("{base}.{column}");
            if !columns.contains(&path) {
                columns.push(path);
            }
        }
    }
    columns
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A party as trytond 8.2 answers `search_read` with `["name", "addresses.city",
    /// "addresses.country.code", "create_uid.rec_name", "categories.name"]` (captured).
    fn party() -> Value {
        json!({"id": 1, "name": "P1",
            "categories.": [{"name": "CatA", "id": 1}],
            "addresses.": [{"city": "Paris", "id": 1, "country.": {"code": "FR", "id": 1}},
                           {"city": "Lyon", "id": 2, "country.": null}],
            "create_uid.": {"id": 1, "rec_name": "admin"}})
    }

    #[test]
    fn many2one_steps_give_the_value() {
        let record = json!({"id": 1, "party": 7,
            "party.": {"rec_name": "ACME", "id": 7, "address.": {"city": "Liège"}, "address": 3},
            "parent": null, "parent.": null, "odd.key": "literal"});
        assert_eq!(resolve(&record, "party"), json!(7));
        assert_eq!(resolve(&record, "party.rec_name"), json!("ACME"));
        assert_eq!(resolve(&record, "party.id"), json!(7));
        assert_eq!(resolve(&record, "party.address.city"), json!("Liège"));
        assert_eq!(resolve(&record, "parent.rec_name"), Value::Null);
        assert_eq!(resolve(&record, "odd.key"), json!("literal"));
        assert_eq!(resolve(&record, "missing"), Value::Null);
        assert_eq!(resolve(&record, "party.missing"), Value::Null);
        assert_eq!(resolve(&record, "id.x"), Value::Null);
    }

    #[test]
    fn x2many_steps_give_a_list_per_related_record() {
        let record = party();
        assert_eq!(resolve(&record, "addresses.city"), json!(["Paris", "Lyon"]));
        assert_eq!(resolve(&record, "addresses.id"), json!([1, 2]));
        assert_eq!(
            resolve(&record, "addresses.country.code"),
            json!(["FR", null])
        );
        assert_eq!(resolve(&record, "categories.name"), json!(["CatA"]));
        assert_eq!(resolve(&record, "create_uid.rec_name"), json!("admin"));
        let empty = json!({"id": 2, "addresses.": []});
        assert_eq!(resolve(&empty, "addresses.city"), json!([]));
    }

    #[test]
    fn nested_x2many_lists_are_flattened() {
        let record = json!({"lines.": [
            {"id": 1, "taxes.": [{"name": "VAT", "id": 1}, {"name": "Eco", "id": 2}]},
            {"id": 2, "taxes.": []},
            {"id": 3, "taxes.": [{"name": "VAT", "id": 1}]}]});
        assert_eq!(
            resolve(&record, "lines.taxes.name"),
            json!(["VAT", "Eco", "VAT"])
        );
    }

    #[test]
    fn paths_with_empty_names_are_refused() {
        for bad in ["addresses.", ".name", "party..name", "."] {
            let err = check(bad).unwrap_err();
            assert!(err.contains(bad), "{err}");
        }
        for good in ["name", "party.rec_name", "addresses.country.code"] {
            assert!(check(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn columns_of_a_record_expand_its_relations() {
        let Value::Object(record) = party() else {
            unreachable!()
        };
        assert_eq!(
            columns_of(&record),
            [
                "id",
                "name",
                "categories.name",
                "addresses.city",
                "addresses.country.code",
                "create_uid.rec_name"
            ]
        );
        let Value::Object(only_ids) = json!({"id": 1, "party.": {"id": 7}, "lines.": []}) else {
            unreachable!()
        };
        assert_eq!(columns_of(&only_ids), ["id", "party.id"]);
    }
}
