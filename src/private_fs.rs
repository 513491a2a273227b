//! Files only their owner may read: a 0700 directory, atomic 0600 writes (a temp file in the same
//! directory, fsync, rename, fsync of the directory) and an exclusive lock. The session store,
//! the read cache and the config file all write through here.

use std::fs::{File, OpenOptions, Permissions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Create the directory 0700 (and tighten it if it exists with wider permissions). Every
/// directory created on the way is 0700 from the start, whatever the umask (under umask 000
/// create-then-chmod would leave it open to others for a moment).
pub fn ensure_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let meta = std::fs::metadata(dir)?;
    if meta.uid() != current_uid() {
        return Err(std::io::Error::other(format!(
            "{} belongs to another user (uid {})",
            dir.display(),
            meta.uid()
        )));
    }
    if meta.permissions().mode() & 0o077 != 0 {
        std::fs::set_permissions(dir, Permissions::from_mode(0o700))?;
    }
    Ok(())
}

pub fn current_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// A file whose contents decide where credentials go (the config file picks the server and
/// the password file): refused, as ssh refuses its config, when someone else could have written
/// it — the file or its directory writable by group or others, or owned by another user (root
/// may own the directory). `None` when it can be trusted or does not exist.
pub fn untrusted(path: &Path) -> Option<String> {
    let me = current_uid();
    let file = std::fs::metadata(path).ok()?;
    let mode = file.permissions().mode() & 0o777;
    if file.uid() != me {
        return Some(format!(
            "{} belongs to another user (uid {}): it could send your password elsewhere; use a config file of your own",
            path.display(),
            file.uid()
        ));
    }
    if mode & 0o022 != 0 {
        return Some(format!(
            "{} may be changed by other users (mode {mode:04o}): it could send your password elsewhere; run chmod go-w {}",
            path.display(),
            path.display()
        ));
    }
    let dir = path.parent()?;
    let meta = std::fs::metadata(dir).ok()?;
    let dir_mode = meta.permissions().mode() & 0o7777;
    if meta.uid() != me && meta.uid() != 0 {
        return Some(format!(
            "the directory {} of the config file belongs to another user (uid {}): use a config directory of your own",
            dir.display(),
            meta.uid()
        ));
    }
    if dir_mode & 0o022 != 0 {
        return Some(format!(
            "the directory {} of the config file may be changed by other users (mode {:04o}): run chmod go-w {}",
            dir.display(),
            dir_mode & 0o777,
            dir.display()
        ));
    }
    None
}

/// Replace `path` with `bytes` atomically; the file has `mode` from its first byte on.
pub fn write_atomically(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".tmp-")
        .permissions(Permissions::from_mode(mode))
        .tempfile_in(dir)?;
    // The umask may have narrowed or widened nothing here: set the mode explicitly.
    temp.as_file()
        .set_permissions(Permissions::from_mode(mode))?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|err| err.error)?;
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// An exclusive lock on `dir/lock`, held until the returned file is dropped.
pub fn lock(dir: &Path) -> std::io::Result<File> {
    ensure_private_dir(dir)?;
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(dir.join("lock"))?;
    file.lock()?;
    Ok(file)
}

/// An I/O error's reason in a few words, without the temporary file's path some carry (what
/// could not be written is named by the caller).
pub fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::Other => err.to_string(),
        kind => kind.to_string(),
    }
}

/// Whether files can be created in `dir` (created 0700 if missing): asked before work that
/// must not be lost, such as a login.
pub fn check_writable_dir(dir: &Path) -> std::io::Result<()> {
    ensure_private_dir(dir)?;
    tempfile::Builder::new()
        .prefix(".probe-")
        .tempfile_in(dir)
        .map(drop)
}
