//! Reading JSON Resume documents as people really write them. One pass over the parsed JSON,
//! before the schema check and the typed model, reads every deviation real files have (loose
//! dates, the pre-1.0 keys, `null`s, numbers for text, links without a scheme, storyfolio's own
//! keys in the forms people use) as what was meant, and says so: each accepted deviation is a
//! warning naming the JSON path, what was read and how to write it properly. Nothing is lost:
//! keys storyfolio does not know stay in the document for `export`.

pub mod aside;
pub mod dates;
pub mod detect;
pub mod links;
pub mod shape;

use serde_json::{Map, Value};

use crate::diagnostics::{join_index, join_key, Diagnostic};
use dates::DateRead;

/// A document as storyfolio reads it, and what was assumed to read it so.
#[derive(Debug, Clone)]
pub struct Read {
    /// The document with every accepted deviation written the JSON Resume 1.0 way.
    pub document: Value,
    /// One warning per accepted deviation.
    pub warnings: Vec<Diagnostic>,
}

/// The pre-1.0 spellings of JSON Resume keys (from the schema's changelog) and their 1.0 names,
/// by the object they live in (`work` for an item of `work`).
const RENAMES: &[(&str, &str, &str)] = &[
    ("", "bio", "basics"),
    ("", "hobbies", "interests"),
    ("basics", "website", "url"),
    ("basics", "picture", "image"),
    ("basics.location", "state", "region"),
    ("work", "company", "name"),
    ("work", "website", "url"),
    ("volunteer", "website", "url"),
    ("publications", "website", "url"),
    ("education", "gpa", "score"),
    ("awards", "awardDate", "date"),
];

/// Lists of words (not sentences) that people also write as one comma-separated string.
const WORD_LISTS: &[&str] = &["keywords", "courses", "roles", "domains", "modalities"];

/// How every date is asked to be written.
const DATE_FORM: &str = "write dates as YYYY-MM-DD, YYYY-MM or YYYY";

/// Reads `document` (a parsed JSON object) against `schema` (the embedded storyfolio schema of
/// its kind). `Err` when the document is not JSON Resume at all (profiles only), with the
/// sentence that says what it looks like instead; `file` names the file in that sentence.
pub fn read_profile(document: Value, schema: &Value, file: &str) -> Result<Read, String> {
    if let Some(map) = document.as_object() {
        // The pre-0.0.0 names count as sections; they are renamed below.
        if let Some(why) = shape::not_json_resume(map, file) {
            return Err(why);
        }
    }
    Ok(read(document, schema))
}

/// Reads any document (profile or target) against `schema`.
pub fn read(mut document: Value, schema: &Value) -> Read {
    let mut reader = Reader {
        root: schema,
        warnings: Vec::new(),
    };
    reader.value(&mut document, schema, "", "");
    Read {
        document,
        warnings: reader.warnings,
    }
}

struct Reader<'s> {
    root: &'s Value,
    warnings: Vec<Diagnostic>,
}

impl<'s> Reader<'s> {
    fn warn(&mut self, path: &str, message: impl Into<String>) {
        self.warnings.push(Diagnostic::warning(path, message));
    }

    /// `schema` with local `$ref`s followed, and whether it was JSON Resume's date type.
    fn resolve(&self, mut schema: &'s Value) -> (&'s Value, bool) {
        let mut is_date = false;
        for _ in 0..8 {
            let Some(reference) = schema.get("$ref").and_then(Value::as_str) else {
                break;
            };
            is_date |= reference.ends_with("/iso8601");
            match reference
                .strip_prefix('#')
                .and_then(|p| self.root.pointer(p))
            {
                Some(target) => schema = target,
                None => break,
            }
        }
        (schema, is_date)
    }

    /// Reads `value` in place against `schema`; `shape` names the object kind for renames.
    fn value(&mut self, value: &mut Value, schema: &'s Value, path: &str, shape: &str) {
        let (schema, _) = self.resolve(schema);
        match value {
            Value::Object(map) => self.object(map, schema, path, shape),
            Value::Array(items) => {
                let Some(item_schema) = schema.get("items") else {
                    return;
                };
                let item_schema = self.resolve(item_schema).0;
                let mut index = 0;
                let mut original = 0;
                while index < items.len() {
                    let item_path = join_index(path, original);
                    if items[index].is_null() {
                        items.remove(index);
                        self.warn(&item_path, "null item left out; remove it from the list");
                    } else {
                        if let Some(text) = scalar_text(&items[index]) {
                            if type_of(item_schema) == Some("string") {
                                self.warn(
                                    &item_path,
                                    format!(
                                        "read {} as the text \"{text}\"; write it in quotes",
                                        items[index]
                                    ),
                                );
                                items[index] = Value::String(text);
                            }
                        }
                        if let Some(text) = items[index].as_str() {
                            let text = text.to_string();
                            self.markup(&item_path, &text);
                        }
                        self.value(&mut items[index], item_schema, &item_path, shape);
                        index += 1;
                    }
                    original += 1;
                }
            }
            _ => {}
        }
    }

    fn object(&mut self, map: &mut Map<String, Value>, schema: &'s Value, path: &str, shape: &str) {
        self.rename_legacy(map, path, shape);
        if shape.is_empty() {
            self.top_level_extensions(map);
        }
        if shape == "projects" {
            self.project_repo(map, path);
        }
        if shape == "basics" {
            self.profiles_as_object(map, path);
        }
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            return;
        };
        let keys: Vec<String> = map.keys().cloned().collect();
        for key in keys {
            let Some(child_schema) = properties.get(&key) else {
                continue;
            };
            let child_path = join_key(path, &key);
            let child_shape = if shape.is_empty() {
                key.clone()
            } else if map.get(&key).is_some_and(Value::is_object) {
                format!("{shape}.{key}")
            } else {
                shape.to_string()
            };
            let keep = self.field(map, &key, child_schema, &child_path);
            // `meta` is free-form tooling configuration in JSON Resume: not read inside.
            if keep && !(key == "meta" && shape.is_empty()) {
                if let Some(child) = map.get_mut(&key) {
                    self.value(child, child_schema, &child_path, &child_shape);
                }
            }
        }
    }

    /// Reads one field; `false` when it was removed.
    fn field(
        &mut self,
        map: &mut Map<String, Value>,
        key: &str,
        schema: &'s Value,
        path: &str,
    ) -> bool {
        let (schema, is_date) = self.resolve(schema);
        let Some(value) = map.get_mut(key) else {
            return false;
        };
        let expected = type_of(schema);
        if value.is_null() {
            if expected.is_none() {
                return true;
            }
            map.shift_remove(key);
            if is_date && key == "endDate" {
                self.warn(
                    path,
                    "read null as ongoing; for a current position leave `endDate` out",
                );
            } else {
                self.warn(
                    path,
                    "read null as absent; leave the key out instead of writing null",
                );
            }
            return false;
        }
        if is_date {
            return self.date(map, key, path);
        }
        match (expected, &*value) {
            (Some("string"), Value::Number(_) | Value::Bool(_)) => {
                let text = value.to_string();
                self.warn(
                    path,
                    format!("read {text} as the text \"{text}\"; write it in quotes"),
                );
                *value = Value::String(text);
            }
            (Some("integer"), Value::String(text)) => {
                if let Ok(n) = text.trim().parse::<u64>() {
                    self.warn(
                        path,
                        format!("read \"{text}\" as the number {n}; write it without quotes"),
                    );
                    *value = Value::from(n);
                }
            }
            (Some("array"), Value::String(text)) if self.items_are_text(schema) => {
                let text = text.clone();
                let items: Vec<String> = if WORD_LISTS.contains(&key) {
                    split_words(&text)
                } else if text.trim().is_empty() {
                    Vec::new()
                } else {
                    vec![text.clone()]
                };
                let shown = serde_json::to_string(&items).unwrap_or_default();
                let message = match items.len() {
                    0 => "read the empty text as an empty list; write [] or leave the key out"
                        .to_string(),
                    1 => format!("read the text as a list of one; write {shown}"),
                    n => format!("read the text \"{text}\" as a list of {n}; write {shown}"),
                };
                self.warn(path, message);
                *value = Value::from(items);
            }
            _ => {}
        }
        let text = value.as_str().map(str::to_string);
        if let Some(text) = text {
            let is_link = schema.get("format").and_then(Value::as_str) == Some("uri");
            if is_link && key == "url" {
                self.link(map, key, &text, path);
            } else if key == "email" && !text.trim().is_empty() && !links::is_email(text.trim()) {
                self.warn(
                    path,
                    format!(
                        "\"{text}\" is not an email address, so it is shown as text, not as a link; \
                         write it as name@example.com"
                    ),
                );
            } else if !is_link {
                self.markup(path, &text);
            }
        }
        true
    }

    /// Pasted markup in a text value that is not printed as written (`<script>`, a
    /// `javascript:` link): said, so nothing disappears silently.
    fn markup(&mut self, path: &str, text: &str) {
        for said in links::unprinted_markup(text) {
            self.warn(path, said);
        }
    }

    /// Whether an array schema holds strings (a list of words or sentences).
    fn items_are_text(&self, schema: &'s Value) -> bool {
        schema
            .get("items")
            .map(|items| self.resolve(items).0)
            .and_then(type_of)
            == Some("string")
    }

    /// Reads a date field; `false` when it was removed.
    fn date(&mut self, map: &mut Map<String, Value>, key: &str, path: &str) -> bool {
        let text = match map.get(key) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Number(n)) => {
                let text = n.to_string();
                map.insert(key.to_string(), Value::String(text.clone()));
                if dates::is_exact(&text) {
                    self.warn(
                        path,
                        format!(
                            "read the number {text} as the date \"{text}\"; write dates in quotes"
                        ),
                    );
                    return true;
                }
                text
            }
            _ => return true,
        };
        let shown = Value::String(text.clone());
        match dates::read(&text) {
            DateRead::Exact => true,
            DateRead::Ongoing if key == "endDate" => {
                map.shift_remove(key);
                self.warn(
                    path,
                    format!("read {shown} as ongoing; for a current position leave `endDate` out"),
                );
                false
            }
            DateRead::Ongoing => {
                map.shift_remove(key);
                self.warn(
                    path,
                    format!("read {shown} as no date; leave `{key}` out or {DATE_FORM}"),
                );
                false
            }
            DateRead::Date(date) => {
                self.warn(path, format!("read {shown} as {date}; {DATE_FORM}"));
                map.insert(key.to_string(), Value::String(date));
                true
            }
            DateRead::Year(year) => {
                self.warn(
                    path,
                    format!("read {shown} as {year}, the only part that is clear; {DATE_FORM}"),
                );
                map.insert(key.to_string(), Value::String(year));
                true
            }
            DateRead::Unreadable => {
                map.shift_remove(key);
                self.warn(
                    path,
                    format!("could not read {shown} as a date, so it is left out; {DATE_FORM}"),
                );
                false
            }
        }
    }

    /// A `url` field: a scheme added where it is missing, a word where it is empty.
    fn link(&mut self, map: &mut Map<String, Value>, key: &str, text: &str, path: &str) {
        if text.trim().is_empty() {
            self.warn(
                path,
                "empty, so there is no link to show; fill it in or leave the key out",
            );
        } else if let Some(full) = links::with_scheme(text) {
            self.warn(
                path,
                format!("read \"{text}\" as {full}; write the full address with https://"),
            );
            map.insert(key.to_string(), Value::String(full));
        }
    }

    /// Moves pre-1.0 keys to their 1.0 names.
    fn rename_legacy(&mut self, map: &mut Map<String, Value>, path: &str, shape: &str) {
        for (_, old, new) in RENAMES.iter().filter(|(s, _, _)| *s == shape) {
            let Some(legacy) = map.get(*old) else {
                continue;
            };
            let old_path = join_key(path, old);
            let current = map.get(*new);
            let current_is_empty = current.is_none_or(|v| v.is_null() || v.as_str() == Some(""));
            if current_is_empty {
                rename_in_place(map, old, new);
                self.warn(
                    &old_path,
                    format!("read as `{new}`, its name since JSON Resume 1.0; rename the key to `{new}`"),
                );
            } else if current == Some(legacy) {
                map.shift_remove(*old);
                self.warn(
                    &old_path,
                    format!("the same as `{new}`, its name since JSON Resume 1.0; remove `{old}`"),
                );
            } else {
                self.warn(
                    &old_path,
                    format!(
                        "differs from `{new}`, its name since JSON Resume 1.0; `{new}` is used and \
                         `{old}` is kept as your own key; keep only `{new}`"
                    ),
                );
            }
        }
    }

    /// `basics.profiles` as an object keyed by network (before JSON Resume 0.0.0) read as a list.
    fn profiles_as_object(&mut self, map: &mut Map<String, Value>, path: &str) {
        let Some(Value::Object(by_network)) = map.get("profiles") else {
            return;
        };
        let list: Vec<Value> = by_network
            .iter()
            .map(|(network, entry)| {
                let mut item = Map::new();
                item.insert("network".into(), Value::String(network.clone()));
                match entry {
                    Value::Object(fields) => item.extend(fields.clone()),
                    Value::String(s) if s.contains('/') || s.contains('.') => {
                        item.insert("url".into(), Value::String(s.clone()));
                    }
                    Value::String(s) => {
                        item.insert("username".into(), Value::String(s.clone()));
                    }
                    _ => {}
                }
                Value::Object(item)
            })
            .collect();
        self.warn(
            &join_key(path, "profiles"),
            "read the object as a list of profiles, one per network; write [{\"network\": \"GitHub\", \"url\": \"...\"}]",
        );
        map.insert("profiles".into(), Value::Array(list));
    }

    /// storyfolio's `lang` and `github` in the forms people write them.
    fn top_level_extensions(&mut self, map: &mut Map<String, Value>) {
        if let Some(Value::String(lang)) = map.get("lang") {
            let lang = lang.clone();
            match crate::locale::canonical(&lang) {
                // A regional tag of a built-in language is read as the language: `ko-KR`.
                Some(code) if code != lang && !code.contains('-') => {
                    self.warn(
                        "lang",
                        format!("read \"{lang}\" as {code}; write \"{code}\""),
                    );
                    map.insert("lang".into(), Value::String(code.into()));
                }
                Some(_) => {}
                None => self.warn(
                    "lang",
                    format!(
                        "\"{lang}\" has no built-in language file (storyfolio writes resumes in {}), so the document language comes from --lang, the target or the text; add `{lang}.json` to a --locales folder to write in it",
                        crate::locale::builtin().codes().join(", ")
                    ),
                ),
            }
        }
        if let Some(Value::String(github)) = map.get("github") {
            if !links::is_github_user(github) {
                let github = github.clone();
                if let Some(user) = links::github_user(&github) {
                    self.warn(
                        "github",
                        format!("read \"{github}\" as the GitHub user {user}; write \"github\": \"{user}\""),
                    );
                    map.insert("github".into(), Value::String(user));
                }
            }
        }
    }

    /// A project's `repo` given as a GitHub URL or clone address.
    fn project_repo(&mut self, map: &mut Map<String, Value>, path: &str) {
        let Some(Value::String(repo)) = map.get("repo") else {
            return;
        };
        if links::github_repo(repo).as_deref() == Some(repo.as_str()) {
            return;
        }
        let repo = repo.clone();
        let repo_path = join_key(path, "repo");
        if let Some(found) = links::github_repo(&repo) {
            self.warn(
                &repo_path,
                format!(
                    "read \"{repo}\" as the GitHub repository {found}; write \"repo\": \"{found}\""
                ),
            );
            map.insert("repo".into(), Value::String(found));
            return;
        }
        let has_url = map
            .get("url")
            .and_then(Value::as_str)
            .is_some_and(|u| !u.trim().is_empty());
        let as_link = links::with_scheme(&repo).or_else(|| {
            (repo.starts_with("https://") || repo.starts_with("http://")).then(|| repo.clone())
        });
        if let (false, Some(url)) = (has_url, as_link) {
            self.warn(
                &repo_path,
                format!(
                    "\"{repo}\" is not a GitHub repository, so it is read as the project's `url`; \
                     `repo` is for GitHub's owner/name"
                ),
            );
            rename_in_place(map, "repo", "url");
            map.insert("url".into(), Value::String(url));
        }
    }
}

/// Renames `old` to `new` where `old` stands, replacing an empty `new`.
fn rename_in_place(map: &mut Map<String, Value>, old: &str, new: &str) {
    map.shift_remove(new);
    let Some(index) = map.keys().position(|k| k == old) else {
        return;
    };
    if let Some(value) = map.shift_remove(old) {
        map.shift_insert(index, new.to_string(), value);
    }
}

/// The JSON type a schema asks for, when it asks for one.
fn type_of(schema: &Value) -> Option<&str> {
    schema.get("type").and_then(Value::as_str)
}

/// A number or boolean as the text it reads as.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::Number(_) | Value::Bool(_) => Some(value.to_string()),
        _ => None,
    }
}

/// "Python, PyTorch; Docker" -> ["Python", "PyTorch", "Docker"]; the list separators of
/// English, Korean, Chinese and Japanese text.
fn split_words(text: &str) -> Vec<String> {
    text.split([',', ';', '、', '，', '；', '|', '\n', '·'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::schema::{schema_value, DocumentKind};
    use serde_json::json;

    fn read_it(document: Value) -> (Value, Vec<String>) {
        let read = read_profile(document, schema_value(DocumentKind::Profile), "p.json").unwrap();
        let said = read.warnings.iter().map(ToString::to_string).collect();
        (read.document, said)
    }

    #[test]
    fn legacy_keys_take_their_new_name_in_place() {
        let (document, said) = read_it(
            json!({"work": [{"company": "A", "position": "B", "website": "https://a.org"}]}),
        );
        let work = document["work"][0].as_object().unwrap();
        assert_eq!(work.keys().collect::<Vec<_>>(), ["name", "position", "url"]);
        assert_eq!(work["name"], "A");
        assert_eq!(said[0], "warning: `work[0].company`: read as `name`, its name since JSON Resume 1.0; rename the key to `name`");
    }

    #[test]
    fn a_legacy_key_that_disagrees_is_kept_as_the_users_own() {
        let (document, said) = read_it(json!({"work": [{"name": "New", "company": "Old"}]}));
        assert_eq!(
            document,
            json!({"work": [{"name": "New", "company": "Old"}]})
        );
        assert_eq!(said, ["warning: `work[0].company`: differs from `name`, its name since JSON Resume 1.0; `name` is used and `company` is kept as your own key; keep only `name`"]);
        let (document, said) = read_it(json!({"work": [{"name": "Same", "company": "Same"}]}));
        assert_eq!(document, json!({"work": [{"name": "Same"}]}));
        assert_eq!(said, ["warning: `work[0].company`: the same as `name`, its name since JSON Resume 1.0; remove `company`"]);
    }

    #[test]
    fn nulls_numbers_and_text_for_lists() {
        let (document, said) = read_it(json!({
            "basics": {"name": "K", "phone": null, "location": {"postalCode": 10115}},
            "skills": [{"name": "ML", "keywords": "PyTorch, JAX"}],
            "work": [{"highlights": ["a", null, "b"], "endDate": null}],
            "education": [{"startDate": 2019}]
        }));
        assert_eq!(
            document,
            json!({
                "basics": {"name": "K", "location": {"postalCode": "10115"}},
                "skills": [{"name": "ML", "keywords": ["PyTorch", "JAX"]}],
                "work": [{"highlights": ["a", "b"]}],
                "education": [{"startDate": "2019"}]
            })
        );
        assert_eq!(
            said,
            [
                "warning: `basics.phone`: read null as absent; leave the key out instead of writing null",
                "warning: `basics.location.postalCode`: read 10115 as the text \"10115\"; write it in quotes",
                "warning: `skills[0].keywords`: read the text \"PyTorch, JAX\" as a list of 2; write [\"PyTorch\",\"JAX\"]",
                "warning: `work[0].highlights[1]`: null item left out; remove it from the list",
                "warning: `work[0].endDate`: read null as ongoing; for a current position leave `endDate` out",
                "warning: `education[0].startDate`: read the number 2019 as the date \"2019\"; write dates in quotes",
            ]
        );
    }

    #[test]
    fn profiles_as_an_object_and_a_repo_that_is_a_link() {
        let (document, said) = read_it(json!({
            "basics": {"profiles": {"GitHub": {"username": "kim"}, "Blog": "kim.example.com"}},
            "projects": [{"name": "p", "repo": "https://gitlab.com/kim/p"}]
        }));
        assert_eq!(
            document,
            json!({
                "basics": {"profiles": [
                    {"network": "GitHub", "username": "kim"},
                    {"network": "Blog", "url": "https://kim.example.com"}
                ]},
                "projects": [{"name": "p", "url": "https://gitlab.com/kim/p"}]
            })
        );
        assert_eq!(said.len(), 3, "{said:?}");
        assert_eq!(said[2], "warning: `projects[0].repo`: \"https://gitlab.com/kim/p\" is not a GitHub repository, so it is read as the project's `url`; `repo` is for GitHub's owner/name");
    }

    #[test]
    fn a_valid_document_is_left_alone() {
        let document = json!({
            "basics": {"name": "Kim", "url": "https://kim.example.com", "email": "kim@example.com"},
            "work": [{"name": "A", "startDate": "2020-03", "x_own": null}],
            "meta": {"anything": null}
        });
        let (read, said) = read_it(document.clone());
        assert_eq!(read, document);
        assert!(said.is_empty(), "{said:?}");
    }
}
