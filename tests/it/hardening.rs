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

#[test]
fn a_umask_000_home_gets_no_directory_open_to_others_and_a_running_process_no_core_file() {
    let server = shared_server();
    let home = tempfile::tempdir().unwrap();
    // A fresh HOME whose XDG directories do not exist yet, under umask 000.
    let mut command = crate::common::cli_std(home.path());
    command
        .args(["--url", &server.url, "-d", crate::common::server::DATABASE])
        .args([
            "-u",
            crate::common::server::ADMIN,
            "--session-store",
            "file",
        ])
        .args(["login", "--password-stdin", "--save-profile", "p"])
        .stdin(std::process::Stdio::piped());
    unsafe {
        use std::os::unix::process::CommandExt;
        command.pre_exec(|| {
            libc::umask(0);
            Ok(())
        });
    }
    let mut child = command.spawn().unwrap();
    use std::io::Write;
    writeln!(
        child.stdin.take().unwrap(),
        "{}",
        crate::common::server::admin_password()
    )
    .unwrap();
    assert!(child.wait().unwrap().success());
    let mut open_to_others = Vec::new();
    let mut dirs = vec![home.path().to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            if mode & 0o022 != 0 {
                open_to_others.push(format!("{} {:o}", path.display(), mode & 0o777));
            }
            if path.is_dir() {
                dirs.push(path);
            }
        }
    }
    assert!(open_to_others.is_empty(), "{open_to_others:?}");

    // A long-running command (wait) has a core limit of 0.
    let mut waiting = crate::common::cli_std(home.path())
        .args([
            "wait",
            "party.party",
            "name = 'never-there'",
            "--max-wait",
            "20s",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", waiting.id())).unwrap();
    waiting.kill().unwrap();
    waiting.wait().unwrap();
    let core = limits
        .lines()
        .find(|line| line.starts_with("Max core file size"))
        .unwrap();
    let numbers: Vec<&str> = core.split_whitespace().skip(4).take(2).collect();
    assert_eq!(numbers, ["0", "0"], "{core}");
}
