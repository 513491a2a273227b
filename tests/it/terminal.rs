//! Login at a terminal: the password prompt (no echo) and a second factor asked for, driven
//! through a real pseudo-terminal.

use crate::common;

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::server::{ADMIN, DATABASE, admin_password};
use crate::common::{TrytonServer, cli_std};

/// A child process whose stdin, stdout and stderr are a pty it has as controlling terminal.
struct Terminal {
    master: std::fs::File,
    child: std::process::Child,
    seen: String,
}

impl Terminal {
    fn spawn(mut command: std::process::Command) -> Terminal {
        let (mut master, mut slave) = (0, 0);
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(rc, 0, "openpty");
        let slave_fd = unsafe { OwnedFd::from_raw_fd(slave) };
        command
            .stdin(Stdio::from(slave_fd.try_clone().unwrap()))
            .stdout(Stdio::from(slave_fd.try_clone().unwrap()))
            .stderr(Stdio::from(slave_fd));
        unsafe {
            command.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY, 0);
                Ok(())
            });
        }
        let child = command.spawn().unwrap();
        let master = unsafe { std::fs::File::from_raw_fd(master) };
        unsafe {
            let flags = libc::fcntl(master_fd(&master), libc::F_GETFL);
            libc::fcntl(master_fd(&master), libc::F_SETFL, flags | libc::O_NONBLOCK);
        }
        Terminal {
            master,
            child,
            seen: String::new(),
        }
    }

    /// Read until `text` shows on the screen (or panic after 20 s).
    fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut buf = [0u8; 4096];
        while !self.seen.contains(text) {
            assert!(
                Instant::now() < deadline,
                "'{text}' never came; the screen: {}",
                self.seen
            );
            match self.master.read(&mut buf) {
                Ok(0) => std::thread::sleep(Duration::from_millis(20)),
                Ok(n) => self.seen.push_str(&String::from_utf8_lossy(&buf[..n])),
                Err(_) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    }

    fn type_line(&mut self, line: &str) {
        self.master
            .write_all(format!("{line}\n").as_bytes())
            .unwrap();
    }

    fn finish(mut self) -> (i32, String) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "the CLI did not exit; the screen: {}",
                self.seen
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut buf = [0u8; 4096];
        while let Ok(n) = self.master.read(&mut buf) {
            if n == 0 {
                break;
            }
            self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        (status.code().unwrap_or(-1), self.seen)
    }
}

fn master_fd(file: &std::fs::File) -> i32 {
    use std::os::fd::AsRawFd;
    file.as_raw_fd()
}

#[test]
fn login_prompts_for_the_password_without_echo() {
    let server = common::shared_server();
    let home = tempfile::tempdir().unwrap();
    let mut command = cli_std(home.path());
    command.args([
        "--url",
        &server.url,
        "-d",
        DATABASE,
        "--session-store",
        "file",
        "login",
    ]);
    let mut terminal = Terminal::spawn(command);
    terminal.expect("User: ");
    terminal.type_line(ADMIN);
    terminal.expect("Password for admin: ");
    terminal.type_line(&admin_password());
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Logged in to"), "{screen}");
    assert!(
        !screen.contains(&admin_password()),
        "the password was echoed: {screen}"
    );
}

#[test]
fn login_asks_for_the_second_factor_on_the_terminal() {
    let (server, sms) = TrytonServer::start_with_sms_login();
    let home = tempfile::tempdir().unwrap();
    let mut command = cli_std(home.path());
    command.args([
        "--url",
        &server.url,
        "-d",
        DATABASE,
        "-u",
        ADMIN,
        "--session-store",
        "file",
        "login",
    ]);
    let mut terminal = Terminal::spawn(command);
    terminal.expect("Password for admin: ");
    terminal.type_line(&admin_password());
    terminal.expect("SMS");
    let text = std::fs::read_to_string(&sms).expect("the server sent an SMS");
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    terminal.type_line(&digits[digits.len() - 6..]);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Logged in to"), "{screen}");
}
