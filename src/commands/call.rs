//! `tryton-cli call`: any RPC method with JSON arguments.

use std::io::Read;

use serde_json::{Value, json};

use crate::cache::Cache;
use crate::cli::{CallArgs, CallOutput};
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::field_types::Booleans;
use crate::output::{Format, Output, plain};
use crate::rpc::methods::SERVER_METHODS;
use crate::rpc::{self, Client, ClientOptions, Layout, Target};
use crate::session::{Authenticated, Sessions};

const PREFIXES: [&str; 5] = ["model.", "wizard.", "report.", "common.", "system."];

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &CallArgs,
) -> anyhow::Result<ExitCode> {
    call(settings, sessions, out, args).map_err(name_retry_writes)
}

/// A write the server may have applied was not sent again: `call` is the command with
/// `--retry-writes`, so its message names the flag (other commands' do not).
fn name_retry_writes(err: anyhow::Error) -> anyhow::Error {
    let not_resent = err.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<rpc::Error>(),
            Some(rpc::Error::NotResent { .. })
        )
    });
    if !not_resent {
        return err;
    }
    Failure::retelling(
        &err,
        format!(
            "{} (pass --retry-writes if it is safe to repeat)",
            rpc::one_line(&format!("{err:#}"))
        ),
    )
    .into()
}

fn call(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &CallArgs,
) -> anyhow::Result<ExitCode> {
    let (method, raw_args) = resolve_method(&args.method, &args.args)?;
    let mut params = match &args.params {
        Some(_) if !raw_args.is_empty() => {
            return Err(Failure::usage(format!(
                "give the arguments either as ARGs or with --params, not both (got '{}' and --params)",
                raw_args[0]
            ))
            .into());
        }
        Some(text) => parse_params(text)?,
        None => raw_args
            .iter()
            .enumerate()
            .map(|(i, arg)| parse_arg(i + 1, arg))
            .collect::<anyhow::Result<Vec<Value>>>()?,
    };
    let extra_context = args.context.clone();
    let takes_context = !args.no_context
        && ["model.", "wizard.", "report."]
            .iter()
            .any(|p| method.starts_with(p));
    let mut settings = settings.clone();
    settings.retry_writes = args.retry_writes;

    let cache = Cache::for_method(args.cache.cache, args.cache.refresh, &method)?;
    if SERVER_METHODS.contains(&method.as_str()) {
        let url = settings.server_url()?;
        if args.dry_run {
            print_dry_run(
                out,
                &url.endpoint(Layout::Rpc, Target::Server),
                &method,
                &params,
                false,
                &settings.client_options(),
            )?;
            return Ok(ExitCode::Success);
        }
        let params = Value::Array(params);
        let scope = [url.to_string(), String::new(), String::new()];
        let value = Cache::through(cache.as_ref(), &scope, &method, &params, || {
            let client = Client::new(url.clone(), settings.client_options())?;
            Ok(client.call(Target::Server, &method, &params)?.value)
        })?;
        print_result(out, value, &[], args)?;
        return Ok(ExitCode::Success);
    }

    if args.dry_run {
        // What a real run would send: the stored session's context and URL layout (nothing is
        // sent, and the keyring is not asked: the token is redacted anyway). The session is the
        // one a real run would use: several users with none given is the same error.
        let url = settings.server_url()?;
        let database = settings.database()?;
        let stored = sessions.select(&settings).one()?;
        if stored.is_none() {
            log::warn!(
                "no stored session for {url} database {database}: the user's context \
is what a login would fetch, shown here as {{}}"
            );
        }
        if takes_context {
            let extra = extra_context.unwrap_or_default();
            params.push(match &stored {
                Some(info) => info.context_with(extra),
                None => Value::Object(extra),
            });
        }
        let mut options = settings.client_options();
        if let Some(info) = &stored {
            info.trust(&mut options);
        }
        let layout = stored.and_then(|info| info.layout).unwrap_or(Layout::Rpc);
        print_dry_run(
            out,
            &url.endpoint(layout, Target::Database(database)),
            &method,
            &params,
            true,
            &options,
        )?;
        return Ok(ExitCode::Success);
    }
    let mut session = Authenticated::open(&settings, sessions, out.term().can_prompt)?;
    if takes_context {
        params.push(session.context_with(extra_context.unwrap_or_default()));
    }
    let columns = asked_fields(&method, &params);
    let mut value = session.call_cached(cache.as_ref(), &method, &Value::Array(params))?;
    // The fields of a read or search_read are known: SQLite's 1/0 booleans are typed in plain
    // output (the wire form, the default, stays as it came).
    if args.plain
        && !columns.is_empty()
        && let Some(model) = method
            .strip_prefix("model.")
            .and_then(|rest| rest.rsplit_once('.'))
            .map(|(model, _)| model.to_string())
        && let Value::Array(records) = &mut value
    {
        Booleans::new(&model, &columns).apply(&mut session, records);
    }
    print_result(out, value, &columns, args)?;
    Ok(ExitCode::Success)
}

/// Kinds of method whose name is `KIND.NAME.METHOD`; the short form `KIND.NAME METHOD` and, for
/// models, `NAME METHOD` are accepted too.
const NAMED_KINDS: [&str; 3] = ["model.", "wizard.", "report."];

/// `model.party.party.search ARGS`, or the short `party.party search ARGS`,
/// `report.party.label execute ARGS`, `wizard.party.replace create ARGS`.
pub(super) fn resolve_method(
    first: &str,
    rest: &[String],
) -> anyhow::Result<(String, Vec<String>)> {
    let short = match rest.split_first() {
        Some((method, args)) if is_identifier(method) && first.contains('.') => {
            Some((method, args))
        }
        _ => None,
    };
    if NAMED_KINDS.iter().any(|kind| first.starts_with(kind)) {
        return Ok(match short {
            Some((method, args)) => (format!("{first}.{method}"), args.to_vec()),
            None => (first.to_string(), rest.to_vec()),
        });
    }
    if PREFIXES.iter().any(|p| first.starts_with(p)) {
        return Ok((first.to_string(), rest.to_vec()));
    }
    match short {
        Some((method, args)) => Ok((format!("model.{first}.{method}"), args.to_vec())),
        None => Err(Failure::usage(format!(
            "'{first}' is not a method: give a full name (model.party.party.search, common.server.version) or NAME METHOD (party.party search)"
        ))
        .into()),
    }
}

fn is_identifier(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !text.starts_with(|c: char| c.is_ascii_digit())
        && !matches!(text, "true" | "false" | "null")
}

fn parse_arg(position: usize, text: &str) -> anyhow::Result<Value> {
    serde_json::from_str(text).map_err(|err| {
        let shown: String = text.chars().take(40).collect();
        Failure::usage(format!(
            "argument {position} ('{shown}') is not JSON ({err}); quote text for the shell as '\"{shown}\"'"
        ))
        .into()
    })
}

fn parse_params(text: &str) -> anyhow::Result<Vec<Value>> {
    let source = if text == "-" {
        let mut input = String::new();
        std::io::stdin()
            .read_to_string(&mut input)
            .map_err(|err| Failure::usage(format!("cannot read --params from stdin: {err}")))?;
        input
    } else {
        text.to_string()
    };
    match serde_json::from_str::<Value>(&source) {
        Ok(Value::Array(items)) => Ok(items),
        Ok(_) => Err(Failure::usage("--params must be a JSON array, e.g. '[[], 0, 10]'").into()),
        Err(err) => Err(Failure::usage(format!("--params is not JSON: {err}")).into()),
    }
}

/// The result: JSON as it came (`--plain`: plain JSON), or records as a table or vertical blocks
/// with the columns the call asked for.
/// Takes the value, so that `--plain` converts it in place: a copy of a large answer's tree
/// would double the memory it takes.
fn print_result(
    out: &Output,
    value: Value,
    columns: &[String],
    args: &CallArgs,
) -> anyhow::Result<()> {
    match args.output {
        CallOutput::Table => out.call_records(Format::Table, columns, &value),
        CallOutput::Vertical => out.call_records(Format::Vertical, columns, &value),
        CallOutput::Json if args.plain => out.json(&plain(value), args.pretty, args.compact),
        CallOutput::Json => out.json(&value, args.pretty, args.compact),
    }
}

/// The fields a model's `search_read` or `read` asks for (its `fields_names` parameter): the
/// columns of `-o table|vertical`, dotted paths included. Empty for other methods, or when the
/// parameter is not given: then the columns come from the records.
fn asked_fields(method: &str, params: &[Value]) -> Vec<String> {
    let position = match method.rsplit_once('.') {
        Some((_, "search_read")) => 4,
        Some((_, "read")) => 1,
        _ => return Vec::new(),
    };
    if !method.starts_with("model.") {
        return Vec::new();
    }
    match params.get(position) {
        Some(Value::Array(names)) => names
            .iter()
            .map(|name| name.as_str().map(String::from))
            .collect::<Option<Vec<String>>>()
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The request as JSON, and a curl command doing the same (with the session left out).
fn print_dry_run(
    out: &Output,
    endpoint: &str,
    method: &str,
    params: &[Value],
    needs_session: bool,
    options: &ClientOptions,
) -> anyhow::Result<()> {
    let body = json!({"id": 1, "method": method, "params": params}).to_string();
    out.line(&body)?;
    let auth = if needs_session {
        " -H 'Authorization: Session (redacted)'"
    } else {
        ""
    };
    // The trust the real run would use (flag, TRYTON_CACERT, profile, or the session's).
    let trust = match (&options.cacert, options.insecure) {
        (Some(path), _) => format!(" --cacert {}", shell_quote(&path.to_string_lossy())),
        (None, true) => " --insecure".to_string(),
        (None, false) => String::new(),
    };
    out.line(format!(
        "curl -sS --compressed{trust} -H 'Content-Type: application/json'{auth} --data {} {}",
        shell_quote(&body),
        shell_quote(endpoint)
    ))?;
    Ok(())
}

fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// `call --watch` repeats reads only (the methods that are safe to send again).
pub fn check_watch(args: &CallArgs) -> anyhow::Result<()> {
    if args.dry_run {
        return Err(Failure::usage("--watch and --dry-run do not go together").into());
    }
    let (method, _) = resolve_method(&args.method, &args.args)?;
    if !crate::rpc::retry::is_safe_to_repeat(&method) {
        return Err(Failure::usage(format!(
            "--watch repeats read methods only (search, search_read, search_count, read, \
fields_get...); {method} may change data"
        ))
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_form_means_a_model_method() {
        let rest = vec!["search".to_string(), "[]".to_string()];
        assert_eq!(
            resolve_method("party.party", &rest).unwrap(),
            (
                "model.party.party.search".to_string(),
                vec!["[]".to_string()]
            )
        );
        assert_eq!(
            resolve_method("common.server.version", &[]).unwrap().0,
            "common.server.version"
        );
        assert!(resolve_method("party.party", &["[]".to_string()]).is_err());
        assert!(resolve_method("version", &[]).is_err());
    }

    #[test]
    fn short_form_works_for_reports_wizards_and_full_model_names() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            resolve_method("report.party.label", &words(&["execute", "[1]"])).unwrap(),
            ("report.party.label.execute".to_string(), words(&["[1]"]))
        );
        assert_eq!(
            resolve_method("wizard.party.replace", &words(&["create"])).unwrap(),
            ("wizard.party.replace.create".to_string(), words(&[]))
        );
        assert_eq!(
            resolve_method("model.party.party", &words(&["read", "[1]"])).unwrap(),
            ("model.party.party.read".to_string(), words(&["[1]"]))
        );
        // A full name followed by JSON stays a full name.
        assert_eq!(
            resolve_method("model.party.party.search", &words(&["[]"])).unwrap(),
            ("model.party.party.search".to_string(), words(&["[]"]))
        );
        assert_eq!(
            resolve_method("wizard.party.replace.create", &words(&["{}"])).unwrap(),
            ("wizard.party.replace.create".to_string(), words(&["{}"]))
        );
        assert_eq!(
            resolve_method("common.db.list", &[]).unwrap().0,
            "common.db.list"
        );
    }

    #[test]
    fn table_columns_are_the_fields_a_read_asks_for() {
        let fields = json!(["name", "addresses.city"]);
        let search_read = [
            json!([]),
            json!(0),
            json!(null),
            json!(null),
            fields.clone(),
        ];
        assert_eq!(
            asked_fields("model.party.party.search_read", &search_read),
            ["name", "addresses.city"]
        );
        assert_eq!(
            asked_fields("model.party.party.read", &[json!([1]), fields.clone()]),
            ["name", "addresses.city"]
        );
        assert!(asked_fields("model.party.party.read", &[json!([1]), json!({})]).is_empty());
        assert!(asked_fields("model.party.party.search", &search_read).is_empty());
        assert!(asked_fields("common.server.version", &[]).is_empty());
    }

    #[test]
    fn bare_words_are_refused_with_the_quoting_hint() {
        let err = parse_arg(2, "hello").unwrap_err().to_string();
        assert!(
            err.contains("argument 2") && err.contains(r#"'"hello"'"#),
            "{err}"
        );
        assert_eq!(parse_arg(1, "[1, 2]").unwrap(), json!([1, 2]));
    }
}
