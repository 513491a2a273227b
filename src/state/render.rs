//! How a plan is shown: Terraform-like lines (`+` create, `~` change with `old -> new`, `-`
//! delete, children indented under their parent, the children the file leaves alone counted as
//! kept, and a summary line), or one JSON object.

use serde_json::{Map, Value, json};

use super::plan::{Action, Change, Plan};

/// The plan as lines of text.
pub fn text(plan: &Plan) -> Vec<String> {
    let mut lines = Vec::new();
    for change in &plan.changes {
        change_lines(change, 0, &mut lines);
    }
    for record in &plan.kept {
        for (field, count) in &record.kept {
            lines.push(format!(
                "  {} {}{}: {field}: {count} kept (not in the file)",
                record.model,
                label(&record.key),
                id_suffix(record.id)
            ));
        }
    }
    lines.push(summary(plan));
    lines
}

/// The last line: what the plan does in numbers, or that it does nothing.
pub fn summary(plan: &Plan) -> String {
    if plan.is_empty() {
        return "No changes: the server matches the file.".to_string();
    }
    let [create, update, delete] = plan.summary();
    format!("Plan: {create} to create, {update} to change, {delete} to delete.")
}

fn change_lines(change: &Change, depth: usize, lines: &mut Vec<String>) {
    let indent = "    ".repeat(depth);
    let sign = match change.action {
        Action::Create => '+',
        Action::Update => '~',
        Action::Delete => '-',
    };
    lines.push(format!(
        "{indent}{sign} {} {}{}{}",
        change.model,
        label(&change.key),
        id_suffix(change.id),
        if change.module_data {
            " (module data)"
        } else {
            ""
        }
    ));
    let inner = format!("{indent}      ");
    if change.reactivate {
        lines.push(format!(
            "{inner}(inactive: activated for the change{})",
            if change.deactivate {
                ", then deactivated again"
            } else {
                ""
            }
        ));
    }
    let children: Vec<&str> = change.children.iter().map(|(f, _)| f.as_str()).collect();
    for field in &change.fields {
        if children.contains(&field.name.as_str()) {
            continue;
        }
        match change.action {
            Action::Create => lines.push(format!("{inner}{}: {}", field.name, field.new)),
            _ => lines.push(format!(
                "{inner}{}: {} -> {}",
                field.name, field.old, field.new
            )),
        }
    }
    for (field, nested) in &change.children {
        lines.push(format!("{inner}{field}:"));
        for child in nested {
            change_lines(child, depth + 2, lines);
        }
    }
    for (field, count) in &change.kept {
        lines.push(format!("{inner}{field}: {count} kept (not in the file)"));
    }
}

/// A record as the plan names it: its key's values (`name="VIP" parent="Customers"`).
fn label(key: &Map<String, Value>) -> String {
    let parts: Vec<String> = key
        .iter()
        .filter(|(_, value)| !value.is_null())
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    if parts.is_empty() {
        "(no key value)".to_string()
    } else {
        parts.join(" ")
    }
}

fn id_suffix(id: Option<i64>) -> String {
    id.map(|id| format!(" (id {id})")).unwrap_or_default()
}

/// The plan as one JSON object: its changes, kept children and counts.
pub fn json(plan: &Plan) -> Value {
    let [create, update, delete] = plan.summary();
    json!({
        "changes": plan.changes.iter().map(change_json).collect::<Vec<_>>(),
        "kept": plan.kept.iter().map(change_json).collect::<Vec<_>>(),
        "summary": {"create": create, "update": update, "delete": delete},
    })
}

fn change_json(change: &Change) -> Value {
    let fields: Map<String, Value> = change
        .fields
        .iter()
        .filter(|field| !change.children.iter().any(|(name, _)| *name == field.name))
        .map(|field| {
            (
                field.name.clone(),
                json!({"old": field.old, "new": field.new}),
            )
        })
        .collect();
    let children: Map<String, Value> = change
        .children
        .iter()
        .map(|(field, nested)| {
            (
                field.clone(),
                Value::Array(nested.iter().map(change_json).collect()),
            )
        })
        .collect();
    let kept: Map<String, Value> = change
        .kept
        .iter()
        .map(|(field, count)| (field.clone(), json!(count)))
        .collect();
    json!({
        "action": change.action.name(),
        "model": change.model,
        "key": change.key,
        "id": change.id,
        "timestamp": change.timestamp,
        "fields": fields,
        "children": children,
        "kept": kept,
        "module_data": change.module_data,
    })
}
