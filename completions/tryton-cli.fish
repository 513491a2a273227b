# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_tryton_cli_global_optspecs
    string join \n url= d/database= timeout= retries= cacert= insecure v/verbose q/quiet h/help V/version
end

function __fish_tryton_cli_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_tryton_cli_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_tryton_cli_using_subcommand
    set -l cmd (__fish_tryton_cli_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s d -l database -d 'Database name' -r
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l timeout -d 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]' -r
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]' -r
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "ping" -d 'Check that the server answers JSON-RPC (exit codes for scripts and CI)'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "login" -d 'Log in and keep the session for later commands'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "call" -d 'Call any RPC method with JSON arguments'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "search" -d 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV'
complete -c tryton-cli -n "__fish_tryton_cli_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l wait -d 'Keep trying until the server answers or this much time has passed (e.g. 30s, 2m)' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l count -d 'Ping this many times, one line each' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l interval -d 'Time between two pings with --count' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s d -l database -d 'Database name' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l timeout -d 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l json -d 'Print one JSON object instead of a line of text'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand ping" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s u -l user -d 'Login name' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s d -l database -d 'Database name' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l timeout -d 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand login" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s d -l database -d 'Database name' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l timeout -d 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand call" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l url -d 'Tryton server URL, e.g. http://127.0.0.1:8000 (also read from TRYTON_RPC_URL)' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s d -l database -d 'Database name' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l timeout -d 'Timeout for each request: seconds, or a duration such as 500ms or 1m [default: 10]' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l retries -d 'How often a failed request is sent again when that is safe [default: 3]' -r
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l cacert -d 'Trust the certificates in this PEM file (a private CA) instead of the system store' -r -F
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -l insecure -d 'Do not verify the server\'s TLS certificate (prints a warning)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s v -l verbose -d 'Trace requests on stderr (-vv adds bodies); secrets are always redacted'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s q -l quiet -d 'Print nothing but results (ping: nothing at all; use the exit code)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand search" -s V -l version -d 'Print version'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping login call search help" -f -a "ping" -d 'Check that the server answers JSON-RPC (exit codes for scripts and CI)'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping login call search help" -f -a "login" -d 'Log in and keep the session for later commands'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping login call search help" -f -a "call" -d 'Call any RPC method with JSON arguments'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping login call search help" -f -a "search" -d 'Query a model: domain, fields, order and limit, shown as a table, JSON, NDJSON or CSV'
complete -c tryton-cli -n "__fish_tryton_cli_using_subcommand help; and not __fish_seen_subcommand_from ping login call search help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
