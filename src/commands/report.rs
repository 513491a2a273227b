//! `tryton-cli report`: run a report on records and write the document the server makes.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::cli::ReportArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, Failure};
use crate::output::Output;
use crate::private_fs::io_reason;
use crate::rpc::codec::Tagged;
use crate::session::{Authenticated, Sessions};

/// The longest file name stem written (bytes): room for the extension and a temporary suffix
/// under the usual 255-byte limit.
const MAX_STEM: usize = 200;

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &ReportArgs,
) -> anyhow::Result<ExitCode> {
    let ids = args.ids.0.clone();
    let extra_context = args.context.clone().unwrap_or_default();
    let extra_data = args.data.clone().unwrap_or_default();
    let target = Target::of(args.output_file.as_deref());
    if target == Target::Stdout && out.term().stdout {
        return Err(Failure::usage(
            "-O - writes the report's bytes to standard output, which is a terminal here: redirect it, or give -O FILE",
        )
        .into());
    }
    if let Target::File(path) = &target {
        check_place(path)?;
    }
    let mut session = Authenticated::open(settings, sessions, out.term().can_prompt)?;
    let context = session.context_with(extra_context);
    let action = report_action(&mut session, &args.name)?;
    let model = match (action.model.as_deref(), args.model.as_deref()) {
        (Some(own), Some(given)) if own != given => {
            return Err(Failure::usage(format!(
                "report {} prints records of {own}, not {given}: leave out --model",
                args.name
            ))
            .into());
        }
        (Some(own), _) => Some(own.to_string()),
        (None, Some(given)) => Some(given.to_string()),
        (None, None) if ids.is_empty() => None,
        (None, None) => {
            return Err(Failure::usage(format!(
                "report {} names no model (ir.action.report): pass --model MODEL for the ids",
                args.name
            ))
            .into());
        }
    };
    let mut data = Map::new();
    data.insert("model".into(), json!(model));
    data.insert("id".into(), json!(ids.first()));
    data.insert("ids".into(), json!(ids));
    data.insert("action_id".into(), json!(action.id));
    data.extend(extra_data);
    let method = format!("report.{}.execute", args.name);
    let answer = session.call(&method, &json!([ids, data, context]))?.value;
    let document = Document::decode(&answer, &method)?;
    log::debug!(
        "* {method}: {} bytes of {} named '{}'",
        document.bytes.len(),
        document.extension,
        document.name
    );
    let path = match target {
        Target::Stdout => {
            out.bytes(&document.bytes).map_err(|err| {
                Failure::usage(format!(
                    "cannot write to standard output: {}",
                    io_reason(&err)
                ))
            })?;
            return Ok(ExitCode::Success);
        }
        Target::File(path) if path.is_dir() => {
            let path = path.join(document.file_name());
            write_file(&path, &document.bytes, args.force)?;
            path
        }
        Target::File(path) => {
            write_file(&path, &document.bytes, true)?;
            path
        }
        Target::Default => {
            let path = PathBuf::from(document.file_name());
            write_file(&path, &document.bytes, args.force)?;
            path
        }
    };
    log::info!("Wrote {} ({} bytes)", path.display(), document.bytes.len());
    Ok(ExitCode::Success)
}

/// Where the document goes.
/// `-O PATH` names a directory that exists, or a file in one: said before the report is made.
fn check_place(path: &Path) -> anyhow::Result<()> {
    let text = path.to_string_lossy();
    if text.ends_with('/') && !path.is_dir() {
        return Err(Failure::usage(format!(
            "-O {text}: the directory does not exist; create it first, or name a file"
        ))
        .into());
    }
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() && !parent.is_dir() => {
            Err(Failure::usage(format!(
                "-O {text}: the directory {} does not exist; create it first",
                parent.display()
            ))
            .into())
        }
        _ => Ok(()),
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// The server's name, in the current directory.
    Default,
    Stdout,
    /// A file (replaced), or a directory to write the server's name in.
    File(PathBuf),
}

impl Target {
    fn of(path: Option<&Path>) -> Target {
        match path {
            None => Target::Default,
            Some(path) if path == Path::new("-") => Target::Stdout,
            Some(path) => Target::File(path.to_path_buf()),
        }
    }
}

/// What the server knows of a report: its action (the id trytond would pick itself) and the
/// model its records belong to, if it names one.
struct ReportAction {
    id: i64,
    model: Option<String>,
}

/// The report's `ir.action.report`, as trytond's `Report.execute` finds it (the first by
/// `report_name`); an unknown name is the server's "no" (exit 1).
fn report_action(session: &mut Authenticated, name: &str) -> anyhow::Result<ReportAction> {
    let context = session.context().clone();
    let found = session
        .call(
            "model.ir.action.report.search_read",
            &json!([[["report_name", "=", name]], 0, 1, null, ["model"], context]),
        )?
        .value;
    let Some(action) = action_rows(found).into_iter().next() else {
        return Err(Failure::new(
            ExitCode::ServerError,
            format!(
                "no report named '{name}' on the server (no ir.action.report has that report_name)"
            ),
        )
        .into());
    };
    Ok(ReportAction {
        id: action.id,
        model: action.model,
    })
}

/// A row of an action's `search_read` for `["model"]` (`ir.action.report`, `ir.action.wizard`).
#[derive(Debug, Deserialize)]
pub(super) struct ActionRow {
    #[serde(default)]
    pub(super) id: i64,
    /// The model the action's records belong to; none when it names none.
    #[serde(default, deserialize_with = "non_empty")]
    pub(super) model: Option<String>,
}

/// The rows of an action search; an answer that is no list of rows finds none.
pub(super) fn action_rows(found: Value) -> Vec<ActionRow> {
    serde_json::from_value(found).unwrap_or_default()
}

fn non_empty<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    Ok(Option::<String>::deserialize(deserializer)
        .ok()
        .flatten()
        .filter(|model| !model.is_empty()))
}

/// A report as `execute` returns it: `[ext, bytes, direct_print, name]`.
#[derive(Debug)]
struct Document {
    extension: String,
    bytes: Vec<u8>,
    name: String,
}

impl Document {
    fn decode(answer: &Value, method: &str) -> anyhow::Result<Document> {
        let malformed = |why: &str| -> anyhow::Error {
            Failure::new(
                ExitCode::ServerError,
                format!("{method} answered something that is not a report ({why})"),
            )
            .into()
        };
        let Some([extension, content, _direct_print, name, ..]) =
            answer.as_array().map(Vec::as_slice)
        else {
            return Err(malformed("not [ext, content, direct_print, name]"));
        };
        let bytes = match content {
            // Text reports may come back as plain text.
            Value::String(text) => text.clone().into_bytes(),
            other => match Tagged::decode(other) {
                Some(Ok(Tagged::Bytes(bytes))) => bytes,
                Some(Err(err)) => return Err(malformed(&err.to_string())),
                _ => return Err(malformed("the content is not bytes")),
            },
        };
        Ok(Document {
            extension: extension.as_str().unwrap_or_default().to_string(),
            bytes,
            name: name.as_str().unwrap_or_default().to_string(),
        })
    }

    /// The server's name for the document, safe as a file name in a directory.
    fn file_name(&self) -> String {
        safe_file_name(&self.name, &self.extension)
    }
}

/// `name.ext` with nothing that leaves the directory or hides the file: path separators and
/// control characters become `_`, and so do leading dots and dashes; an empty name is `report`.
fn safe_file_name(name: &str, extension: &str) -> String {
    let mut stem: String = name
        .trim()
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let leading = stem.len() - stem.trim_start_matches(['.', '-']).len();
    stem.replace_range(..leading, &"_".repeat(leading));
    if stem.len() > MAX_STEM {
        let mut cut = MAX_STEM;
        while !stem.is_char_boundary(cut) {
            cut -= 1;
        }
        stem.truncate(cut);
    }
    if stem.is_empty() {
        stem = "report".into();
    }
    let extension: String = extension
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(16)
        .collect();
    if extension.is_empty() {
        stem
    } else {
        format!("{stem}.{extension}")
    }
}

/// Write `bytes` to `path` through a temporary file in the same directory, so that the file
/// is never seen half written; an existing file is replaced only when `replace` says so (the
/// check and the rename are one step: no race). The file gets the usual mode (0666 less the
/// umask), as any file a command writes.
fn write_file(path: &Path, bytes: &[u8], replace: bool) -> anyhow::Result<()> {
    let shown = path.display();
    if !replace && path.symlink_metadata().is_ok() {
        return Err(exists(path).into());
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let cannot = |err: std::io::Error| -> anyhow::Error {
        Failure::usage(format!("cannot write {shown}: {}", io_reason(&err))).into()
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".tryton-cli-report-")
        .tempfile_in(dir)
        .map_err(cannot)?;
    temp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o666 & !umask()))
        .map_err(cannot)?;
    temp.write_all(bytes).map_err(cannot)?;
    temp.as_file().sync_all().map_err(cannot)?;
    let persisted = if replace {
        temp.persist(path)
    } else {
        temp.persist_noclobber(path)
    };
    match persisted {
        Ok(_) => Ok(()),
        Err(err) if err.error.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(exists(path).into())
        }
        Err(err) => Err(cannot(err.error)),
    }
}

fn exists(path: &Path) -> Failure {
    Failure::usage(format!(
        "{} exists: pass --force to replace it, or -O FILE to name another file",
        path.display()
    ))
}

/// The process's umask (read by setting it and putting it back).
// mode_t is u32 on Linux, u16 on macOS.
#[allow(clippy::useless_conversion)]
fn umask() -> u32 {
    // SAFETY: umask only swaps the process's file-creation mask; it is put back at once.
    let mask = unsafe { libc::umask(0o022) };
    unsafe { libc::umask(mask) };
    u32::from(mask)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_rows_name_their_model_only_when_they_have_one() {
        let rows = action_rows(json!([
            {"id": 3, "model": "party.party"},
            {"id": 4, "model": ""},
            {"id": 5, "model": null},
            {"id": 6}
        ]));
        let read: Vec<(i64, Option<&str>)> =
            rows.iter().map(|r| (r.id, r.model.as_deref())).collect();
        assert_eq!(
            read,
            [(3, Some("party.party")), (4, None), (5, None), (6, None)]
        );
        assert!(action_rows(json!({"not": "a list"})).is_empty());
    }

    #[test]
    fn file_names_stay_in_their_directory_and_in_sight() {
        assert_eq!(safe_file_name("Labels-ACME", "odt"), "Labels-ACME.odt");
        assert_eq!(safe_file_name("Labels-A/B", "odt"), "Labels-A_B.odt");
        assert_eq!(
            safe_file_name("../../etc/passwd", "odt"),
            "___.._etc_passwd.odt"
        );
        assert_eq!(safe_file_name(".hidden", "pdf"), "_hidden.pdf");
        assert_eq!(safe_file_name("..", ""), "__");
        assert_eq!(safe_file_name("-rf", "txt"), "_rf.txt");
        assert_eq!(safe_file_name("a\\b\nc", "odt"), "a_b_c.odt");
        assert_eq!(safe_file_name("", "odt"), "report.odt");
        assert_eq!(safe_file_name("Report", "x/../y"), "Report.xy");
        assert_eq!(
            safe_file_name("Étiquettes-Société", "odt"),
            "Étiquettes-Société.odt"
        );
        let long = "é".repeat(300);
        let name = safe_file_name(&long, "odt");
        assert!(name.len() <= MAX_STEM + 4, "{}", name.len());
        assert!(name.ends_with(".odt"));
    }

    #[test]
    fn documents_are_decoded_from_tagged_bytes_or_text() {
        let answer =
            json!(["odt", {"__class__": "bytes", "base64": "UEsD\nBA=="}, false, "Labels"]);
        let document = Document::decode(&answer, "report.x.execute").unwrap();
        assert_eq!(document.bytes, b"PK\x03\x04");
        assert_eq!(document.file_name(), "Labels.odt");
        let text = json!(["txt", "hello", 0, "Note"]);
        assert_eq!(
            Document::decode(&text, "m").unwrap().bytes,
            b"hello".to_vec()
        );
        let err = Document::decode(&json!({"a": 1}), "report.x.execute").unwrap_err();
        assert!(err.to_string().contains("not a report"), "{err}");
    }

    #[test]
    fn an_existing_file_is_kept_unless_replacing_is_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.odt");
        write_file(&path, b"one", false).unwrap();
        let err = write_file(&path, b"two", false).unwrap_err().to_string();
        assert!(err.contains("exists") && err.contains("--force"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write_file(&path, b"two", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }
}
