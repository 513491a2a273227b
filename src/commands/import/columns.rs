//! The header of an import file resolved against the model (field names or labels, through
//! relations), and `--check`: every value checked as trytond's `import_data` will read it.

use crate::domain::{FieldType, coerce};
use crate::exit::{ExitCode, Failure};
use crate::field_types::FieldTypes;
use crate::schema::{self, FieldKind, WalkError};
use crate::session::Authenticated;

use super::rows::Records;

/// A header cell resolved against the model: the path `import_data` takes, and the type of the
/// field at its end (for `--check`).
pub struct Column {
    pub header: String,
    pub path: String,
    pub kind: FieldKind,
    pub top_level: bool,
    /// The field the server refuses values for, as `model.field`: read-only without `states`
    /// (`fields_get` says `readonly` only for those), which includes function fields without a
    /// setter (`create_date`, `rec_name`). x2many fields are left to their target's fields, as
    /// trytond checks them (`ModelStorage.check_modification`).
    pub readonly: Option<String>,
}

/// Each header cell as a field path of `model`, through relations: field names (`/` or `.`
/// between them) or labels; `name:lang=fr` (a translation) is kept as written.
pub fn resolve_columns(
    session: &mut Authenticated,
    model: &str,
    header: &csv::StringRecord,
    name: &str,
) -> anyhow::Result<Vec<Column>> {
    let mut types = FieldTypes::new();
    let mut columns = Vec::new();
    for (index, cell) in header.iter().enumerate() {
        let text = cell.trim();
        if text.is_empty() {
            return Err(Failure::usage(format!(
                "{name}: column {} of the header is empty; every column needs a field path",
                index + 1
            ))
            .into());
        }
        let segments: Vec<&str> = schema::split_path(text)
            .into_iter()
            .map(str::trim)
            .collect();
        let walked = schema::walk(model, &segments, |current, segment| {
            let base = segment
                .split_once(":lang=")
                .map_or(segment, |(base, _)| base);
            match types.definition(session, current, base) {
                Ok(definition) => Ok(definition),
                Err(unknown) => match types.field_by_label(session, current, base)? {
                    Some(found) => Ok(found),
                    None => {
                        Err(unknown.context(format!("{name}: column {} ('{text}')", index + 1)))
                    }
                },
            }
        });
        let steps = match walked {
            Ok(steps) => steps,
            Err(WalkError::Lookup(err)) => return Err(err),
            Err(WalkError::NotARelation { index: at, step }) => {
                let base = segments[at]
                    .split_once(":lang=")
                    .map_or(segments[at], |(b, _)| b);
                return Err(Failure::usage(format!(
                    "{name}: column {} ('{text}'): {base} is not a relation of {}, so nothing can follow it",
                    index + 1,
                    step.model
                ))
                .into());
            }
        };
        let path: Vec<String> = steps
            .iter()
            .zip(&segments)
            .map(|(step, segment)| match segment.split_once(":lang=") {
                Some((_, language)) => format!("{}:lang={language}", step.field.name),
                None => step.field.name.clone(),
            })
            .collect();
        let kind = steps
            .last()
            .map(|step| step.field.kind.clone())
            .unwrap_or_else(|| FieldKind::from(""));
        let readonly = steps
            .iter()
            .find(|step| step.field.readonly && !step.field.kind.is_x2many())
            .map(|step| format!("{} of {}", step.field.name, step.model));
        columns.push(Column {
            header: text.to_string(),
            path: path.join("/"),
            kind,
            top_level: segments.len() == 1,
            readonly,
        });
    }
    Ok(columns)
}

/// A field path given twice: trytond would keep the last value silently.
pub fn refuse_repeated(columns: &[Column], name: &str) -> anyhow::Result<()> {
    for (later, column) in columns.iter().enumerate() {
        if let Some(earlier) = columns[..later].iter().position(|c| c.path == column.path) {
            return Err(Failure::usage(format!(
                "{name}: columns {} ('{}') and {} ('{}') are both {}; keep one of them",
                earlier + 1,
                columns[earlier].header,
                later + 1,
                column.header,
                column.path
            ))
            .into());
        }
    }
    Ok(())
}

/// A column of a read-only field: the server refuses the whole batch it is in.
fn refuse_readonly(columns: &[Column], name: &str) -> anyhow::Result<()> {
    for (index, column) in columns.iter().enumerate() {
        if let Some(field) = &column.readonly {
            return Err(Failure::usage(format!(
                "{name}: column {} ('{}'): {field} is read-only, the server refuses values for it; leave the column out",
                index + 1,
                column.header
            ))
            .into());
        }
    }
    Ok(())
}

/// `--check`: every row read and every value checked against its field's type, nothing sent.
pub fn check(
    model: &str,
    name: &str,
    columns: &[Column],
    records: &mut Records,
) -> anyhow::Result<ExitCode> {
    refuse_readonly(columns, name)?;
    let mut count = 0;
    while let Some(record) = records.next_record()? {
        count += 1;
        for row in &record {
            for (column, value) in columns.iter().zip(&row.cells) {
                if let Err(expected) = check_value(&column.kind, value) {
                    return Err(Failure::usage(format!(
                        "{name} line {}, column '{}': '{value}' is not {expected}",
                        row.line, column.header
                    ))
                    .into());
                }
            }
        }
    }
    if let Some(warning) = records.empty_rows_warning() {
        log::warn!("{warning}");
    }
    log::info!("{name}: {count} record(s) whose columns and values fit {model}; nothing was sent");
    Ok(ExitCode::Success)
}

/// Whether trytond's import reads `value` for a field of this type (its own conversions:
/// `trytond/model/modelstorage.py`, `import_data`). Relations are matched by name on the server.
fn check_value(kind: &FieldKind, value: &str) -> Result<(), &'static str> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(());
    }
    match kind {
        FieldKind::Boolean => match value.to_ascii_lowercase().as_str() {
            "true" | "false" => Ok(()),
            other if other.parse::<i64>().is_ok() => Ok(()),
            _ => Err("a boolean (true, false, 1 or 0)"),
        },
        FieldKind::Integer | FieldKind::BigInteger => {
            value.parse::<i64>().map(drop).map_err(|_| "an integer")
        }
        FieldKind::Float => value.parse::<f64>().map(drop).map_err(|_| "a number"),
        FieldKind::Numeric => coerce(FieldType::Numeric, value).map(drop),
        FieldKind::Date => coerce(FieldType::Date, value).map(drop),
        FieldKind::DateTime | FieldKind::Timestamp => {
            // trytond reads exactly '%Y-%m-%d %H:%M:%S'.
            let ok = value.len() == 19
                && value.as_bytes()[10] == b' '
                && coerce(FieldType::Date, &value[..10]).is_ok()
                && coerce(FieldType::Time, &value[11..]).is_ok();
            if ok {
                Ok(())
            } else {
                Err("a datetime (YYYY-MM-DD HH:MM:SS)")
            }
        }
        FieldKind::TimeDelta => {
            if value.parse::<f64>().is_ok()
                || value
                    .split(':')
                    .all(|part| part.trim().parse::<f64>().is_ok())
            {
                Ok(())
            } else {
                Err("a duration (seconds, or H:M:S)")
            }
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(header: &str, path: &str) -> Column {
        Column {
            header: header.into(),
            path: path.into(),
            kind: FieldKind::Char,
            top_level: true,
            readonly: None,
        }
    }

    #[test]
    fn a_repeated_field_path_is_refused_naming_both_columns() {
        let columns = [
            column("name", "name"),
            column("code", "code"),
            column("Name", "name"),
        ];
        let err = refuse_repeated(&columns, "f.csv").unwrap_err().to_string();
        assert_eq!(
            err,
            "f.csv: columns 1 ('name') and 3 ('Name') are both name; keep one of them"
        );
        assert!(refuse_repeated(&columns[..2], "f.csv").is_ok());
    }

    #[test]
    fn a_read_only_column_is_refused_naming_it_and_its_field() {
        let mut created = column("Created at", "create_date");
        created.readonly = Some("create_date of party.party".into());
        let columns = [column("name", "name"), created];
        let err = refuse_readonly(&columns, "f.csv").unwrap_err().to_string();
        assert_eq!(
            err,
            "f.csv: column 2 ('Created at'): create_date of party.party is read-only, the server refuses values for it; leave the column out"
        );
        assert!(refuse_readonly(&columns[..1], "f.csv").is_ok());
    }

    #[test]
    fn values_are_checked_as_trytond_imports_them() {
        assert!(check_value(&FieldKind::from("date"), "2026-01-02").is_ok());
        assert!(check_value(&FieldKind::from("date"), "02/01/2026").is_err());
        assert!(check_value(&FieldKind::from("datetime"), "2026-01-02 10:00:00").is_ok());
        assert!(check_value(&FieldKind::from("datetime"), "2026-01-02T10:00:00").is_err());
        assert!(check_value(&FieldKind::from("numeric"), "12.50").is_ok());
        assert!(check_value(&FieldKind::from("numeric"), "12,50").is_err());
        assert!(check_value(&FieldKind::from("boolean"), "TRUE").is_ok());
        assert!(check_value(&FieldKind::from("boolean"), "yes").is_err());
        assert!(check_value(&FieldKind::from("integer"), "x").is_err());
        assert!(check_value(&FieldKind::from("many2one"), "anything").is_ok());
        assert!(check_value(&FieldKind::from("date"), "").is_ok());
    }
}
