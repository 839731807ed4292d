//! Shell completions, manual pages, and an example in every command's `--help`.

use crate::common::{stderr, stdout, storyfolio};
use clap::CommandFactory;

#[test]
fn completions_for_each_shell_know_the_commands() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let output = storyfolio().args(["completions", shell]).output().unwrap();
        assert!(output.status.success(), "{shell}: {output:?}");
        let script = stdout(&output);
        for command in ["render", "export", "doctor", "init"] {
            assert!(
                script.contains(command),
                "{shell} lacks {command}:\n{script}"
            );
        }
        // Values come from the clap definitions: the formats of `render --format`
        // (PowerShell's script completes option names only).
        if shell != "powershell" {
            assert!(script.contains("docx"), "{shell} lacks docx");
        }
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let output = storyfolio().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with("error: invalid value 'tcsh' for '<SHELL>'"),
        "{output:?}"
    );
}

#[test]
fn man_prints_the_main_page() {
    let output = storyfolio().arg("man").output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let page = stdout(&output);
    assert!(page.starts_with(".ie \\n(.g .ds Aq \\(aq"), "{page}");
    assert!(page.contains("\n.TH storyfolio 1 "), "{page}");
    assert!(page.contains("storyfolio\\-render(1)"), "{page}");
}

#[test]
fn man_writes_a_page_per_command() {
    let dir = tempfile::tempdir().unwrap();
    let output = storyfolio()
        .args(["man", "-o"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    for page in [
        "storyfolio.1",
        "storyfolio-render.1",
        "storyfolio-export.1",
        "storyfolio-export-jsonresume.1",
        "storyfolio-init.1",
        "storyfolio-doctor.1",
        "storyfolio-completions.1",
        "storyfolio-man.1",
    ] {
        let path = dir.path().join(page);
        assert!(
            stdout(&output).contains(&format!("wrote {}\n", path.display())),
            "{output:?}"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\n.TH "), "{page}: {text}");
    }
    let render = std::fs::read_to_string(dir.path().join("storyfolio-render.1")).unwrap();
    assert!(render.contains("\\-\\-watch"), "{render}");
}

#[test]
fn every_command_has_an_example_in_its_help() {
    fn walk(command: &clap::Command, path: Vec<String>, found: &mut Vec<Vec<String>>) {
        for sub in command.get_subcommands() {
            let mut path = path.clone();
            path.push(sub.get_name().to_string());
            if sub.has_subcommands() {
                walk(sub, path, found);
            } else {
                found.push(path);
            }
        }
    }
    let mut commands = Vec::new();
    walk(&storyfolio::cli::Cli::command(), Vec::new(), &mut commands);
    assert!(commands.len() >= 9, "{commands:?}");
    for command in commands {
        let output = storyfolio().args(&command).arg("--help").output().unwrap();
        assert!(output.status.success(), "{command:?}: {output:?}");
        let help = stdout(&output);
        let example = help
            .split("Example:\n")
            .nth(1)
            .unwrap_or_else(|| panic!("`{}` has no example:\n{help}", command.join(" ")));
        assert!(
            example.contains(&format!("storyfolio {}", command.join(" "))),
            "`{}`'s example does not use it:\n{help}",
            command.join(" ")
        );
    }
}

#[test]
fn man_into_a_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("storyfolio.1");
    std::fs::write(&file, "mine").unwrap();
    let output = storyfolio()
        .args(["man", "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!("error: `{}` is a file, not a folder\n", file.display())
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
}
