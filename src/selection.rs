//! The records a `write` or `delete` changes: the ids given (checked to exist) or those a
//! `--where` domain matches.

use serde_json::{Value, json};

use crate::exit::{ExitCode, Failure};
use crate::session::Authenticated;

/// The records a `write` or `delete` changes: the ids given, or those `--where` matches (and
/// it says how many). Ids given that do not exist are refused (nothing is changed), or left out
/// with `--ignore-missing`: trytond itself deletes a missing id without a word.
pub fn records_to_change(
    session: &mut Authenticated,
    model: &str,
    ids: Option<&[i64]>,
    domain: Option<&str>,
    ignore_missing: bool,
) -> anyhow::Result<Vec<i64>> {
    if let Some(ids) = ids {
        return existing(session, model, ids.to_vec(), ignore_missing);
    }
    let domain = crate::domain::parse_domain(&[domain.unwrap_or_default().to_string()])
        .map_err(|err| Failure::usage(format!("--where: {err}")))?;
    let domain = crate::field_types::typed_domain(&domain, session, model)?;
    let context = session.context().clone();
    let found = session.call(
        &format!("model.{model}.search"),
        &json!([domain, 0, null, null, context]),
    )?;
    let ids: Vec<i64> = found
        .value
        .as_array()
        .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    log::info!("{} record(s) of {model} match --where", ids.len());
    Ok(ids)
}

/// The `ids` that exist, by one search (inactive records count: `active_test` off); the missing
/// ones are an error naming them, or, with `ignore_missing`, left out and counted on stderr.
fn existing(
    session: &mut Authenticated,
    model: &str,
    ids: Vec<i64>,
    ignore_missing: bool,
) -> anyhow::Result<Vec<i64>> {
    if ids.is_empty() {
        return Ok(ids);
    }
    let mut context = session.context().clone();
    if let Some(context) = context.as_object_mut() {
        context.insert("active_test".into(), Value::Bool(false));
    }
    let found = session.call(
        &format!("model.{model}.search"),
        &json!([[["id", "in", ids]], 0, null, null, context]),
    )?;
    let found: std::collections::HashSet<i64> = found
        .value
        .as_array()
        .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    let (there, missing) = split_missing(ids, &found);
    if missing.is_empty() {
        return Ok(there);
    }
    let listed = missing
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    if !ignore_missing {
        let others = match there.len() {
            0 => "none of the ids given exists".to_string(),
            n => format!("--ignore-missing goes on with the {n} that exist"),
        };
        return Err(Failure::new(
            ExitCode::ServerError,
            format!("not found: {model} record(s) {listed}; nothing was changed ({others})"),
        )
        .into());
    }
    log::info!(
        "{} record(s) of {model} not found, left out: {listed}",
        missing.len()
    );
    Ok(there)
}

/// The ids found and the ids missing, each once, in the order given.
fn split_missing(ids: Vec<i64>, found: &std::collections::HashSet<i64>) -> (Vec<i64>, Vec<i64>) {
    let mut seen = std::collections::HashSet::new();
    ids.into_iter()
        .filter(|id| seen.insert(*id))
        .partition(|id| found.contains(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_ids_are_split_off_once_each_in_the_order_given() {
        let found = [3, 1].into_iter().collect();
        assert_eq!(
            split_missing(vec![1, 9, 3, 9, 1, 7], &found),
            (vec![1, 3], vec![9, 7])
        );
        assert_eq!(split_missing(vec![], &found), (vec![], vec![]));
    }
}
