#!/usr/bin/env node
// Validates every document of one or more multi-document YAML files as a Kubernetes
// networking.k8s.io/v1 NetworkPolicy against the Kubernetes OpenAPI schema (as compiled by
// the kubernetes-models package), and rejects any field that schema does not define.
//
// Usage: node check-networkpolicies.mjs FILE...
// Prints one line per document (PASS/FAIL), then "N passed, N failed"; exits 1 on any
// failure (or when a file holds no document at all), 2 on bad usage or an unreadable file.

import { readFileSync } from "node:fs";
import { isScalar, LineCounter, parseAllDocuments, visit } from "yaml";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";

const API_VERSION = "networking.k8s.io/v1";
const KIND = "NetworkPolicy";

// kubectl reads manifests with a YAML 1.1 parser (sigs.k8s.io/yaml on go-yaml), where
// `on`, `yes`, `y` are booleans and 0755 is octal; parse the same way so a value that
// only looks like a string to a YAML 1.2 reader is caught here, not on the cluster.
// Like go-yaml v2, leave date-like scalars strings: it resolves them as timestamps only when
// decoding into a time type, never into the JSON kubectl sends.
const PARSE_OPTIONS = {
    version: "1.1",
    uniqueKeys: true,
    prettyErrors: false,
    customTags: (tags) => tags.filter((t) => t.tag !== "tag:yaml.org,2002:timestamp"),
};

/**
 * Map keys that a YAML 1.1 reader takes for something else than a string: a label key `on`
 * becomes "true" on the way to JSON and selects other Pods without any schema error.
 */
function nonStringKeys(document, lineCounter) {
    const found = [];
    visit(document, {
        Pair(_, pair) {
            if (isScalar(pair.key) && typeof pair.key.value !== "string") {
                const line = lineCounter.linePos(pair.key.range?.[0] ?? 0).line;
                const source = pair.key.source ?? String(pair.key.value);
                found.push(`line ${line}: key ${source} is read as ${typeof pair.key.value} ${String(pair.key.value)}, not a string`);
            }
        },
    });
    return found;
}

/** One "path message" line per schema error, with the allowed values where the schema has them. */
function describeSchemaErrors(errors) {
    return (errors ?? []).map((e) => {
        const where = e.instancePath === "" ? "/" : e.instancePath;
        let text = `${where}: ${e.message ?? e.keyword}`;
        if (e.params?.allowedValues) text += ` (${e.params.allowedValues.join(", ")})`;
        if (e.params?.missingProperty) text += ` [${e.params.missingProperty}]`;
        return text;
    });
}

// The compiled schema validators check the properties the schema defines and ignore any
// other key (the OpenAPI definitions carry no additionalProperties: false). They read every
// defined property of every object they validate, and every key of a free-form map (labels),
// so a key of the document that the validator never read is one the schema does not define.
// Recording the reads through proxies ties "known field" to the same schema, not to a list
// kept by hand here.
function watch(value, path, nodes) {
    if (value === null || typeof value !== "object") return value;
    const node = { path, value, read: new Set() };
    nodes.push(node);
    const children = new Map();
    return new Proxy(value, {
        get(target, key, receiver) {
            const v = Reflect.get(target, key, receiver);
            if (typeof key !== "string") return v;
            node.read.add(key);
            if (v === null || typeof v !== "object") return v;
            if (!children.has(key)) children.set(key, watch(v, `${path}/${key}`, nodes));
            return children.get(key);
        },
        has(target, key) {
            if (typeof key === "string") node.read.add(key);
            return Reflect.has(target, key);
        },
    });
}

function checkDocument(doc) {
    if (doc === null || typeof doc !== "object" || Array.isArray(doc))
        return [`/: document is ${doc === null ? "null" : Array.isArray(doc) ? "a list" : typeof doc}, not an object`];
    // The model constructor fills in apiVersion and kind when they are missing, so a
    // document without them (or of another kind) must be refused before it gets there.
    if (doc.apiVersion !== API_VERSION || doc.kind !== KIND)
        return [`/: apiVersion ${JSON.stringify(doc.apiVersion)}, kind ${JSON.stringify(doc.kind)} is not ${API_VERSION} ${KIND}`];
    const problems = [];
    const nodes = [];
    try {
        watch(new NetworkPolicy(doc), "", nodes).validate();
    } catch (e) {
        const described = describeSchemaErrors(e.errors);
        problems.push(...(described.length ? described : [`/: ${e.message}`]));
    }
    for (const { path, value, read } of nodes) {
        // An object whose validator read no key at all is free-form in the schema
        // (metadata.managedFields[].fieldsV1): any key is allowed there.
        if (Array.isArray(value) || read.size === 0) continue;
        for (const key of Object.keys(value)) {
            if (!read.has(key)) problems.push(`${path}/${key}: field not defined by the ${KIND} schema`);
        }
    }
    return problems;
}

function label(doc) {
    const m = doc?.metadata;
    if (!m || typeof m !== "object") return "(no metadata)";
    return `${m.namespace ?? "(no namespace)"}/${m.name ?? "(no name)"}`;
}

function checkFile(file, tally) {
    let text;
    try {
        text = readFileSync(file, "utf8");
    } catch (e) {
        console.error(`check-networkpolicies: cannot read ${file}: ${e.message}`);
        process.exit(2);
    }
    const lineCounter = new LineCounter();
    const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
    let index = 0;
    for (const d of Array.isArray(docs) ? docs : [docs]) {
        const start = d.contents?.range?.[0] ?? d.range?.[0] ?? 0;
        const line = lineCounter.linePos(start).line;
        // A comment-only document (the export header before the first ---) is no
        // manifest; kubectl skips it too.
        if (d.errors.length === 0 && d.contents === null) continue;
        index += 1;
        const where = `${file}:${line} doc ${index}`;
        let problems;
        let doc = null;
        if (d.errors.length > 0) {
            problems = d.errors.map((e) => `YAML: ${e.message.split("\n")[0]}`);
        } else {
            doc = d.toJS({ maxAliasCount: 100 });
            problems = [...nonStringKeys(d, lineCounter), ...checkDocument(doc)];
        }
        if (problems.length === 0) {
            tally.passed += 1;
            console.log(`PASS ${where} ${label(doc)}`);
        } else {
            tally.failed += 1;
            console.log(`FAIL ${where} ${label(doc)}: ${problems.join("; ")}`);
        }
    }
    if (index === 0) {
        tally.failed += 1;
        console.log(`FAIL ${file}: no document at all`);
    }
}

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error("usage: check-networkpolicies.mjs FILE...");
    process.exit(2);
}
const tally = { passed: 0, failed: 0 };
for (const file of files) checkFile(file, tally);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
