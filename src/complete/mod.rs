//! Dynamic shell completion, kubectl-style: with `source <(COMPLETE=bash tryton-cli)` (clap_complete's
//! `CompleteEnv` protocol) the shell asks the binary itself, which completes subcommands and flags
//! as the static scripts do, and also the model names of the server (`search par<TAB>`), a
//! model's fields (`-f <TAB>`, `-f party.<TAB>` through relations; a relation is offered with its
//! separator too, `addresses` and `addresses.`, so the shell stops without a space), the module
//! names, user logins and language codes of the `module`, `user` and `lang` commands, the
//! wizard and report names of `wizard` and `report`, and the buttons of `button`'s model.
//!
//! Names come from the stored session the command line would use (flags, environment, profile,
//! current session): never a prompt, never a login, no keyring prompt, a short timeout and no
//! retries. They are cached per server and database in the cache dir (0600 files, one hour). With no
//! session, no server or no answer within the budget, the names are simply left out (an
//! out-of-date cache is still used) and the shell gets the static candidates, all in under a
//! second.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::sync::mpsc;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches};
use clap_complete::engine::CompletionCandidate;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::cli::{Cli, GlobalArgs};
use crate::config::Settings;
use crate::file_cache::{FileCache, Stamped};
use crate::rpc::{Client, ClientOptions, Layout, RetryPolicy, Target};
use crate::schema::{self, Fields};
use crate::session::{Fill, SessionInfo, Sessions};

mod named;

pub(crate) use named::NamedKind;
pub use named::{button_names, lang_codes, module_names, report_names, user_logins, wizard_names};

/// The whole lookup (keyring, cache, server) must be done within this, or it is left out.
const BUDGET: Duration = Duration::from_millis(900);
/// One request to the server: well within the budget.
const REQUEST_TIMEOUT: Duration = Duration::from_millis(700);
/// How long names fetched from the server are used before they are asked for again.
const TTL: Duration = Duration::from_secs(3600);
/// How many relations `-f a.b.c` may follow.
const MAX_DEPTH: usize = 4;

/// Answers a completion request (`COMPLETE=bash tryton-cli -- …`) or prints the registration
/// script (`COMPLETE=bash tryton-cli`), then exits; returns at once when `COMPLETE` is not set.
pub fn run_if_asked() {
    clap_complete::CompleteEnv::with_factory(Cli::command).complete();
}

/// The completer of MODEL arguments: the server's model names that start with `current`.
pub fn model_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str().map(str::to_string) else {
        return Vec::new();
    };
    within_budget(move || {
        let mut lookup = Lookup::open()?;
        let models = lookup.models()?;
        Some(
            models
                .into_iter()
                .filter(|(name, _)| name.starts_with(&prefix))
                .map(|(name, description)| candidate(name, description))
                .collect(),
        )
    })
}

/// The completer of `-f/--fields` (one name of the comma-separated list; clap keeps the part
/// before the last comma): the model's fields, following relations through dotted paths
/// (`party.rec_name`; `export` also writes them `addresses/city`).
pub fn field_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(current) = current.to_str().map(str::to_string) else {
        return Vec::new();
    };
    within_budget(move || {
        let mut lookup = Lookup::open()?;
        let mut model = lookup.model.clone()?;
        let (path, last) = match current.rfind(['.', '/']) {
            Some(at) => current.split_at(at + 1),
            None => ("", current.as_str()),
        };
        let hops: Vec<&str> = path.split(['.', '/']).filter(|h| !h.is_empty()).collect();
        if hops.len() > MAX_DEPTH {
            return None;
        }
        let steps = schema::walk(&model, &hops, |model, hop| {
            lookup
                .fields(model)
                .and_then(|mut fields| fields.remove(hop))
                .ok_or(())
        })
        .ok()?;
        if let Some(last) = steps.last() {
            model = last.field.relation.clone()?;
        }
        let fields = lookup.fields(&model)?;
        let separator = if current.contains('/') { '/' } else { '.' };
        let mut candidates = Vec::new();
        for (name, field) in fields {
            if !name.starts_with(last) {
                continue;
            }
            // A relation also with its separator: two candidates, so bash completes their
            // common part and adds no space after it (clap's script keeps the space otherwise).
            if field.relation.is_some() {
                candidates.push(candidate(
                    format!("{path}{name}{separator}"),
                    field.string.clone(),
                ));
            }
            candidates.push(candidate(format!("{path}{name}"), field.string));
        }
        Some(candidates)
    })
}

/// The completer of `--profile`: the config file's profiles (no server involved).
pub fn profile_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    crate::config::profile_names()
        .into_iter()
        .filter(|name| name.starts_with(current.as_ref()))
        .map(CompletionCandidate::new)
        .collect()
}

fn candidate(value: String, help: Option<String>) -> CompletionCandidate {
    CompletionCandidate::new(value).help(help.filter(|h| !h.is_empty()).map(Into::into))
}

/// Runs `lookup` on a thread and gives up on it after [`BUDGET`] (the process ends right after
/// completing, taking the thread with it). Nothing may reach the terminal meanwhile: stderr goes
/// to /dev/null for the rest of this completion run.
fn within_budget(
    lookup: impl FnOnce() -> Option<Vec<CompletionCandidate>> + Send + 'static,
) -> Vec<CompletionCandidate> {
    silence_stderr();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(lookup());
    });
    rx.recv_timeout(BUDGET).ok().flatten().unwrap_or_default()
}

fn silence_stderr() {
    if let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") {
        use std::os::fd::AsRawFd;
        unsafe { libc::dup2(null.as_raw_fd(), libc::STDERR_FILENO) };
    }
}

/// The words of the command line being completed, before the one under the cursor:
/// `COMPLETE=bash tryton-cli -- tryton-cli search party.party -f na` with the index of `na`.
fn words_before_cursor() -> Vec<OsString> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let Some(escape) = args.iter().position(|a| a == "--") else {
        return Vec::new();
    };
    let words = &args[escape + 1..];
    let index = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|i| i.parse::<usize>().ok())
        .unwrap_or(words.len().saturating_sub(1))
        .min(words.len());
    words[..index].to_vec()
}

/// What the command line says so far: the global flags, and the MODEL argument if given.
/// `None` when clap cannot make sense of it even leniently.
fn parse_words(words: Vec<OsString>) -> Option<(GlobalArgs, Option<String>)> {
    let matches = Cli::command()
        .ignore_errors(true)
        .try_get_matches_from(words)
        .ok()?;
    let global = GlobalArgs::from_arg_matches(&matches).ok()?;
    let model = matches
        .subcommand()
        .and_then(|(_, sub)| sub.try_get_one::<String>("model").ok().flatten().cloned());
    Some((global, model))
}

/// The stored session for the command line being completed, and its names cache.
struct Lookup {
    client: Client,
    info: SessionInfo,
    model: Option<String>,
    cache: NameCache,
}

impl Lookup {
    fn open() -> Option<Lookup> {
        let (global, model) = parse_words(words_before_cursor())?;
        let mut settings = Settings::resolve(&global.flags()).ok()?;
        let sessions = Sessions::open(settings.session_store).ok()?;
        sessions.fill_from_current(&mut settings, Fill::All);
        let url = settings.server_url().ok()?.to_string();
        let database = settings.database().ok()?.to_string();
        let info = sessions.select(&settings).one().ok()??;
        if info.is_expired() {
            return None;
        }
        crate::session::keyring::never_prompt();
        let token = sessions.token(&info).ok()??;
        let options = ClientOptions {
            timeout: REQUEST_TIMEOUT,
            write_timeout: REQUEST_TIMEOUT,
            retry: RetryPolicy::NONE,
            insecure: settings.insecure,
            cacert: settings.cacert.clone(),
            verbosity: 0,
            max_response_bytes: settings.max_response_bytes,
        };
        let client = info.client(options, &token).ok()?;
        let cache = NameCache::open(&url, &database);
        Some(Lookup {
            client,
            info,
            model,
            cache,
        })
    }

    fn call(&self, method: &str, params: Value) -> Option<Value> {
        self.client
            .call(Target::Database(&self.info.database), method, &params)
            .ok()
            .map(|reply| reply.value)
    }

    /// Model names and descriptions, sorted by name.
    fn models(&mut self) -> Option<Vec<Model>> {
        if let Some(models) = self.cache.fresh(|c| c.models.as_ref()) {
            return Some(models.value.clone());
        }
        // ir.model names its fields differently: 8.x `name`/`string`, 7.x `model`/`name`.
        let (name, description) = if self.info.layout == Some(Layout::Root) {
            ("model", "name")
        } else {
            ("name", "string")
        };
        let params = json!([
            [],
            0,
            null,
            [[name, "ASC"]],
            [name, description],
            self.info.context
        ]);
        let Some(Value::Array(records)) = self.call("model.ir.model.search_read", params) else {
            return self.cache.data.models.as_ref().map(|m| m.value.clone());
        };
        let models: Vec<Model> = records
            .iter()
            .filter_map(|r| {
                let model = r.get(name)?.as_str()?.to_string();
                let text = r.get(description).and_then(Value::as_str).map(String::from);
                Some((model, text))
            })
            .collect();
        self.cache.data.models = Some(Stamped::new(models.clone(), TTL));
        self.cache.save();
        Some(models)
    }

    /// The names of a kind of record, sorted (fresh from the cache, or from the server, or,
    /// when it does not answer, from the cache however old).
    fn named(&mut self, kind: &NamedKind) -> Option<Vec<Model>> {
        self.named_where(kind.key, kind, json!([]))
    }

    /// The buttons of `model` (`ir.model.button`: its `model` is the model's name in 8.x, a
    /// many2one to ir.model in 7.x).
    fn buttons(&mut self, model: &str) -> Option<Vec<Model>> {
        let on_model = if self.info.layout == Some(Layout::Root) {
            "model.model"
        } else {
            "model"
        };
        let kind = NamedKind {
            key: "buttons",
            model: "ir.model.button",
            name: "name",
            description: Some("string"),
        };
        self.named_where(
            &format!("buttons:{model}"),
            &kind,
            json!([[on_model, "=", model]]),
        )
    }

    /// The names of the records of `kind` that `domain` matches, cached under `key`.
    fn named_where(&mut self, key: &str, kind: &NamedKind, domain: Value) -> Option<Vec<Model>> {
        if let Some(names) = self.cache.fresh(|c| c.named.get(key)) {
            return Some(names.value.clone());
        }
        let mut context = self.info.context.clone();
        if let Some(context) = context.as_object_mut() {
            context.insert("active_test".into(), Value::Bool(false));
        }
        let fields: Vec<&str> = std::iter::once(kind.name).chain(kind.description).collect();
        let params = json!([domain, 0, null, [[kind.name, "ASC"]], fields, context]);
        let method = format!("model.{}.search_read", kind.model);
        let Some(Value::Array(records)) = self.call(&method, params) else {
            return self.cache.data.named.get(key).map(|n| n.value.clone());
        };
        let mut names: Vec<Model> = records
            .iter()
            .filter_map(|r| {
                let name = r.get(kind.name)?.as_str()?.to_string();
                let text = kind
                    .description
                    .and_then(|d| r.get(d))
                    .and_then(Value::as_str)
                    .map(String::from);
                Some((name, text))
            })
            .collect();
        // Several actions may run one wizard or report.
        names.dedup_by(|a, b| a.0 == b.0);
        self.cache
            .data
            .named
            .insert(key.to_string(), Stamped::new(names.clone(), TTL));
        self.cache.save();
        Some(names)
    }

    /// A model's fields (fresh from the cache, or from the server, or, when it does not answer,
    /// from the cache however old).
    fn fields(&mut self, model: &str) -> Option<Fields> {
        if let Some(fields) = self.cache.fresh(|c| c.fields.get(model)) {
            return Some(fields.value.clone());
        }
        let answer = schema::fields_get(model, &self.info.context, |method, params| {
            Ok(self
                .client
                .call(Target::Database(&self.info.database), method, params)?
                .value)
        });
        let Ok(fields) = answer else {
            return self.cache.data.fields.get(model).map(|f| f.value.clone());
        };
        self.cache
            .data
            .fields
            .insert(model.to_string(), Stamped::new(fields.clone(), TTL));
        self.cache.save();
        Some(fields)
    }
}

/// A model's name and description.
type Model = (String, Option<String>);

/// What the cache file of one server and database holds.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Names {
    #[serde(default)]
    models: Option<Stamped<Vec<Model>>>,
    #[serde(default)]
    fields: BTreeMap<String, Stamped<Fields>>,
    /// Module names, user logins and language codes, by kind.
    #[serde(default)]
    named: BTreeMap<String, Stamped<Vec<Model>>>,
}

/// `~/.cache/tryton-cli/completion/<sha256 of url and database>.json`, one file holding each
/// entry with its own expiry; a file that cannot be read or written only costs a request.
struct NameCache {
    files: Option<FileCache>,
    key: Value,
    data: Names,
}

impl NameCache {
    fn open(url: &str, database: &str) -> NameCache {
        let files = FileCache::open(Some("completion"), "");
        let key = json!([url, database]);
        let data = files
            .as_ref()
            .and_then(|files| files.read(&key))
            .unwrap_or_default();
        NameCache { files, key, data }
    }

    fn fresh<'a, T>(
        &'a self,
        pick: impl Fn(&'a Names) -> Option<&'a Stamped<T>>,
    ) -> Option<&'a Stamped<T>> {
        pick(&self.data).filter(|entry| entry.is_fresh())
    }

    fn save(&self) {
        if let Some(files) = &self.files {
            files.write(&self.key, &self.data);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::now;

    fn words(line: &str) -> Vec<OsString> {
        line.split_whitespace().map(OsString::from).collect()
    }

    #[test]
    fn the_model_and_the_global_flags_are_read_from_an_unfinished_command_line() {
        let (global, model) = parse_words(words(
            "tryton-cli --url http://erp:8000 search party.party -d prod -f",
        ))
        .unwrap();
        assert_eq!(global.url.as_deref(), Some("http://erp:8000"));
        assert_eq!(global.database.as_deref(), Some("prod"));
        assert_eq!(model.as_deref(), Some("party.party"));

        let (global, model) = parse_words(words("tryton-cli read")).unwrap();
        assert_eq!(global.url, None);
        assert_eq!(model, None);

        let (_, model) = parse_words(words("tryton-cli read party.address 1,2 --fields")).unwrap();
        assert_eq!(model.as_deref(), Some("party.address"));
    }

    #[test]
    fn names_are_fresh_for_an_hour() {
        let mut entry = Stamped::new(vec![1], TTL);
        assert!(entry.is_fresh());
        assert_eq!(entry.expires, now() + 3600);
        entry.expires = now();
        assert!(!entry.is_fresh());
    }
}
