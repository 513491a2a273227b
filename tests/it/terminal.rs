//! Login at a terminal: the password prompt (no echo) and a second factor asked for, driven
//! through a real pseudo-terminal.

use crate::common;

use crate::common::Home;
use crate::common::TrytonServer;
use crate::common::pty::Pty;
use crate::common::server::{ADMIN, DATABASE, admin_password};

#[test]
fn login_prompts_for_the_password_without_echo() {
    let server = common::shared_server();
    let home = Home::new();
    let mut command = home.cli_std();
    command.args([
        "--url",
        &server.url,
        "-d",
        DATABASE,
        "--session-store",
        "file",
        "login",
    ]);
    let mut terminal = Pty::spawn(command);
    terminal.expect("User: ");
    terminal.type_line(ADMIN);
    terminal.expect("Password for admin: ");
    terminal.wait_for_no_echo();
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
    let home = Home::new();
    let mut command = home.cli_std();
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
    let mut terminal = Pty::spawn(command);
    terminal.expect("Password for admin: ");
    terminal.wait_for_no_echo();
    terminal.type_line(&admin_password());
    terminal.expect("SMS");
    let text = std::fs::read_to_string(&sms).expect("the server sent an SMS");
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    terminal.type_line(&digits[digits.len() - 6..]);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Logged in to"), "{screen}");
}
