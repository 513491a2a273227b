//! Security hardening (issue 27) against a real trytond 8.2: a config file others could have
//! written is refused, as ssh refuses its own.

use std::os::unix::fs::PermissionsExt;

use crate::common::{assert_one_clean_line, cli, shared_server};

fn config_with_profile(home: &std::path::Path, url: &str) -> std::path::PathBuf {
    let dir = home.join("config/tryton-cli");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    std::fs::write(&path, format!("[profiles.p]\nurl = \"{url}\"\n")).unwrap();
    path
}

fn ping_profile(home: &std::path::Path) -> std::process::Output {
    cli(home).args(["--profile", "p", "ping"]).output().unwrap()
}

#[test]
fn a_config_file_or_directory_writable_by_others_is_refused_and_a_private_one_works() {
    let server = shared_server();
    let home = tempfile::tempdir().unwrap();
    let path = config_with_profile(home.path(), &server.url);
    let dir = path.parent().unwrap().to_path_buf();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = ping_profile(home.path());
    assert_eq!(out.status.code(), Some(0), "a 0600 file works: {out:?}");

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = ping_profile(home.path());
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("config.toml may be changed by other users (mode 0666)")
            && err.contains("chmod go-w"),
        "{err}"
    );

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = ping_profile(home.path());
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = assert_one_clean_line(&out.stderr);
    assert!(
        err.contains("may be changed by other users (mode 0777)") && err.contains("chmod go-w"),
        "{err}"
    );
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = ping_profile(home.path());
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}
