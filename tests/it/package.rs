//! The Debian package that scripts/package builds: its name and control fields, where it puts the
//! binary, the man page and the completions, a run of the binary unpacked from it, and (as root) a
//! real `dpkg -i`, a ping against a real trytond from the installed binary and `dpkg -r`.
//!
//! They need the package: scripts/test builds it and passes its path in TRYTON_CLI_DEB
//! (`TRYTON_CLI_DEB=$(scripts/package | tail -n 1) cargo test --test it -- package::`); without it
//! they are skipped with a note.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{self, shared_server};

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where each file the package installs comes from in the repository.
const INSTALLED_FROM: [(&str, &str); 4] = [
    (
        "usr/share/bash-completion/completions/tryton-cli",
        "completions/tryton-cli.bash",
    ),
    (
        "usr/share/zsh/vendor-completions/_tryton-cli",
        "completions/_tryton-cli",
    ),
    (
        "usr/share/fish/vendor_completions.d/tryton-cli.fish",
        "completions/tryton-cli.fish",
    ),
    ("usr/share/man/man1/tryton-cli.1.gz", "man/tryton-cli.1"),
];

fn the_deb() -> Option<PathBuf> {
    match std::env::var_os("TRYTON_CLI_DEB") {
        Some(path) => Some(PathBuf::from(path)),
        None => {
            common::fixture::skipped(
                "needs the .deb (TRYTON_CLI_DEB=$(scripts/package | tail -n 1)); scripts/test sets it",
            );
            None
        }
    }
}

fn run(program: &str, args: &[&str]) -> Output {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).trim_end().to_string()
}

fn control_field(deb: &Path, field: &str) -> String {
    text(&run("dpkg-deb", &["-f", deb.to_str().unwrap(), field]))
}

/// The package unpacked (`dpkg -x`) into a temporary root.
fn unpacked(deb: &Path) -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    run(
        "dpkg",
        &["-x", deb.to_str().unwrap(), root.path().to_str().unwrap()],
    );
    root
}

/// The file's bytes, gunzipped when it is a `.gz`.
fn contents(path: &Path) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if path.extension().is_some_and(|e| e == "gz") {
        let mut plain = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut plain)
            .unwrap();
        plain
    } else {
        bytes
    }
}

#[test]
fn the_deb_is_named_by_version_and_architecture_and_depends_only_on_libc() {
    let Some(deb) = the_deb() else { return };
    let arch = text(&run("dpkg", &["--print-architecture"]));
    assert_eq!(
        deb.file_name().unwrap().to_string_lossy(),
        format!("tryton-cli_{VERSION}_{arch}.deb")
    );
    assert!(
        deb.parent().unwrap().ends_with("debian"),
        "{}",
        deb.display()
    );
    assert_eq!(control_field(&deb, "Package"), "tryton-cli");
    assert_eq!(control_field(&deb, "Version"), VERSION);
    assert_eq!(control_field(&deb, "Architecture"), arch);
    assert!(
        control_field(&deb, "Description").starts_with("Command-line client for the Tryton ERP"),
        "{}",
        control_field(&deb, "Description")
    );
    // Computed from the binary's shared libraries: libdbus is built in, so only the C library.
    let depends = control_field(&deb, "Depends");
    assert!(depends.starts_with("libc6 (>= "), "Depends: {depends}");
    assert_eq!(depends.split(',').count(), 1, "Depends: {depends}");
    for field in ["Recommends", "Suggests", "Pre-Depends"] {
        assert_eq!(control_field(&deb, field), "", "{field} is set");
    }
}

#[test]
fn the_deb_puts_the_binary_man_page_and_completions_where_debian_looks() {
    let Some(deb) = the_deb() else { return };
    let root = unpacked(&deb);
    let binary = root.path().join("usr/bin/tryton-cli");
    let mode = std::os::unix::fs::PermissionsExt::mode(&binary.metadata().unwrap().permissions());
    assert_eq!(mode & 0o777, 0o755, "{}", binary.display());
    for (installed, source) in INSTALLED_FROM {
        let in_package = contents(&root.path().join(installed));
        let checked_in = std::fs::read(common::repo_root().join(source)).unwrap();
        assert!(
            in_package == checked_in,
            "/{installed} is not {source} as checked in"
        );
    }
    let copyright =
        std::fs::read_to_string(root.path().join("usr/share/doc/tryton-cli/copyright")).unwrap();
    assert!(
        copyright.contains("License: MIT OR Apache-2.0"),
        "{copyright}"
    );
}

#[test]
fn the_binary_unpacked_from_the_deb_prints_its_version_and_help() {
    let Some(deb) = the_deb() else { return };
    let root = unpacked(&deb);
    let binary = root.path().join("usr/bin/tryton-cli");
    let binary = binary.to_str().unwrap();
    assert_eq!(
        text(&run(binary, &["--version"])),
        format!("tryton-cli {VERSION}")
    );
    let help = text(&run(binary, &["--help"]));
    assert!(help.contains("Usage: tryton-cli"), "{help}");
    for command in ["ping", "login", "call", "search"] {
        assert!(
            help.lines()
                .any(|line| line.trim_start().starts_with(command)),
            "{command} missing from --help: {help}"
        );
    }
}

/// Whether dpkg has the package installed (`install ok installed`; a removed or unknown package
/// is `… not-installed` or no entry at all).
fn package_installed() -> bool {
    let out = Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", "tryton-cli"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).ends_with(" installed")
}

/// Removes the package when the test ends, whatever happened.
struct Installed;

impl Drop for Installed {
    fn drop(&mut self) {
        let _ = Command::new("dpkg").args(["-r", "tryton-cli"]).output();
    }
}

#[test]
fn dpkg_installs_a_binary_that_pings_a_real_server_and_removes_it_all() {
    let Some(deb) = the_deb() else { return };
    if unsafe { libc::geteuid() } != 0 {
        common::fixture::skipped("dpkg -i needs root (CI runs as root)");
        return;
    }
    if package_installed() || Path::new("/usr/bin/tryton-cli").exists() {
        common::fixture::skipped(
            "tryton-cli is already installed on this machine; not replacing it",
        );
        return;
    }
    let server = shared_server();

    run("dpkg", &["-i", deb.to_str().unwrap()]);
    let installed = Installed;
    let listed = text(&run("dpkg", &["-L", "tryton-cli"]));
    for path in std::iter::once("usr/bin/tryton-cli").chain(INSTALLED_FROM.map(|(path, _)| path)) {
        assert!(
            listed.lines().any(|line| line == format!("/{path}")),
            "dpkg -L lacks /{path}: {listed}"
        );
        assert!(Path::new("/").join(path).exists(), "/{path} missing");
    }
    let home = tempfile::tempdir().unwrap();
    let out = Command::new("/usr/bin/tryton-cli")
        .args(["ping", "--url", &server.url])
        .env("HOME", home.path())
        .env_remove("TRYTON_URL")
        .output()
        .unwrap();
    let line = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{line}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        line.starts_with(&format!("ok {} tryton ", server.url)),
        "{line}"
    );

    drop(installed);
    assert!(!package_installed(), "still installed after dpkg -r");
    for path in std::iter::once("usr/bin/tryton-cli").chain(INSTALLED_FROM.map(|(path, _)| path)) {
        assert!(
            !Path::new("/").join(path).exists(),
            "/{path} left after dpkg -r"
        );
    }
}
