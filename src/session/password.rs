//! Where a password comes from: `--password-stdin`, TRYTON_PASSWORD, a 0600 password file, or a
//! prompt without echo on a terminal — never a flag. Also the prompts for the user name and for
//! further login factors.

use std::io::BufRead;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::config::Settings;
use crate::exit::Failure;
use crate::secret::SecretString;

/// The password from a source that needs nobody at the keyboard: TRYTON_PASSWORD, then the
/// password file (`--password-file` / TRYTON_PASSWORD_FILE / profile).
pub fn unattended_password(settings: &Settings) -> anyhow::Result<Option<SecretString>> {
    if let Ok(password) = std::env::var("TRYTON_PASSWORD")
        && !password.is_empty()
    {
        return Ok(Some(SecretString::new(password)));
    }
    let file = settings.password_file.clone().or_else(|| {
        std::env::var_os("TRYTON_PASSWORD_FILE")
            .filter(|v| !v.is_empty())
            .map(Into::into)
    });
    match file {
        Some(path) => read_password_file(&path).map(Some),
        None => Ok(None),
    }
}

/// The first line of a password file that only its owner can read.
pub fn read_password_file(path: &Path) -> anyhow::Result<SecretString> {
    let meta = std::fs::metadata(path).map_err(|err| {
        Failure::usage(format!(
            "cannot read the password file {}: {err}",
            path.display()
        ))
    })?;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(Failure::usage(format!(
            "the password file {} is readable by others (mode {mode:o}); run 'chmod 600 {}'",
            path.display(),
            path.display()
        ))
        .into());
    }
    let text = std::fs::read_to_string(path).map_err(|err| {
        Failure::usage(format!(
            "cannot read the password file {}: {err}",
            path.display()
        ))
    })?;
    let line = text.lines().next().unwrap_or_default();
    if line.is_empty() {
        return Err(
            Failure::usage(format!("the password file {} is empty", path.display())).into(),
        );
    }
    Ok(SecretString::new(line))
}

/// One line from standard input (`--password-stdin`), without its line ending.
pub fn password_from_stdin() -> anyhow::Result<SecretString> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|err| Failure::usage(format!("cannot read the password from stdin: {err}")))?;
    let password = line.trim_end_matches(['\n', '\r']);
    if password.is_empty() {
        return Err(Failure::usage("--password-stdin: standard input gave no password").into());
    }
    Ok(SecretString::new(password))
}

/// A `--login-param NAME=VALUE` value (a further factor: an SMS code, a TOTP code), kept out
/// of argv when it is `-` — read from standard input: asked without echo on a terminal, else the
/// next line (after the password's, with `--password-stdin`) — or `@FILE` — the first line of a
/// file only its owner can read (`@/dev/fd/3` for a pipe). Any other value is taken as given.
pub fn login_param_value(
    name: &str,
    value: &str,
    can_prompt: bool,
) -> anyhow::Result<SecretString> {
    if value == "-" {
        if can_prompt {
            return prompt_secret(name);
        }
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|err| {
                Failure::usage(format!("--login-param {name}=-: cannot read stdin: {err}"))
            })?;
        let value = line.trim_end_matches(['\n', '\r']);
        if value.is_empty() {
            return Err(Failure::usage(format!(
                "--login-param {name}=-: standard input gave no value (one line per '-', after the password with --password-stdin)"
            ))
            .into());
        }
        return Ok(SecretString::new(value));
    }
    if let Some(path) = value.strip_prefix('@') {
        return read_password_file(Path::new(path)).map_err(|err| {
            Failure::usage(format!(
                "--login-param {name}=@{path}: {}",
                crate::rpc::one_line(&format!("{err:#}")).trim_start_matches("the password file ")
            ))
            .into()
        });
    }
    Ok(SecretString::new(value))
}

pub fn prompt_secret(label: &str) -> anyhow::Result<SecretString> {
    rpassword::prompt_password(format!("{label}: "))
        .map(SecretString::new)
        .map_err(|err| Failure::usage(format!("cannot read from the terminal: {err}")).into())
}

pub fn prompt_text(label: &str) -> anyhow::Result<String> {
    // The label may be the server's (a second factor's question): shown escaped.
    eprint!("{}: ", crate::logger::printable(label));
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim().to_string())
}

/// Ask for the password on the terminal, or explain which sources exist.
pub fn prompt_password(login: &str, can_prompt: bool) -> anyhow::Result<SecretString> {
    if !can_prompt {
        return Err(Failure::auth(
            "no password: use --password-stdin, TRYTON_PASSWORD or --password-file, or run on a terminal",
        )
        .into());
    }
    prompt_secret(&format!("Password for {login}"))
}

pub fn prompt_user(can_prompt: bool) -> anyhow::Result<String> {
    if !can_prompt {
        return Err(Failure::usage("no user: pass -u USER or set TRYTON_USER").into());
    }
    let user = prompt_text("User")?;
    if user.is_empty() {
        return Err(Failure::usage("no user given").into());
    }
    Ok(user)
}
