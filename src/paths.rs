//! Where tryton-cli keeps its files (directories crate, XDG variables honoured): profiles in the
//! config dir, sessions in the state dir, the read cache in the cache dir.

use std::path::PathBuf;

use directories::ProjectDirs;

use crate::exit::Failure;

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "tryton-cli")
}

/// `~/.config/tryton-cli/config.toml`; `None` without a home directory.
pub fn config_file() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.config_dir().join("config.toml"))
}

/// `~/.local/state/tryton-cli`; the local data dir where the platform has no state dir (macOS).
pub fn state_dir() -> Result<PathBuf, Failure> {
    let dirs = project_dirs().ok_or_else(|| {
        Failure::usage("no home directory: cannot keep sessions (use --session-store none)")
    })?;
    Ok(dirs
        .state_dir()
        .unwrap_or_else(|| dirs.data_local_dir())
        .to_path_buf())
}

/// `~/.cache/tryton-cli`.
pub fn cache_dir() -> Result<PathBuf, Failure> {
    project_dirs()
        .map(|dirs| dirs.cache_dir().to_path_buf())
        .ok_or_else(|| Failure::usage("no home directory: cannot cache"))
}
