#!/usr/bin/env node
// Validates every document of one or more multi-document YAML files as an Istio
// security.istio.io/v1 PeerAuthentication or AuthorizationPolicy against the CRD schemas
// compiled into @kubernetes-models/istio, and rejects any field those schemas do not define.
//
// Usage: node check-istio.mjs FILE...
// Prints one line per document (PASS/FAIL), then "N passed, N failed"; exits 1 on any
// failure (or when a file holds no document at all), 2 on bad usage or an unreadable file.

import { readFileSync } from "node:fs";
import { isScalar, LineCounter, parseAllDocuments, visit } from "yaml";
import { AuthorizationPolicy } from "@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy";
import { PeerAuthentication } from "@kubernetes-models/istio/security.istio.io/v1/PeerAuthentication";

const API_VERSION = "security.istio.io/v1";
const MODELS = { AuthorizationPolicy, PeerAuthentication };

// kubectl reads manifests as YAML 1.1 (sigs.k8s.io/yaml on go-yaml): a port written 3306
// without quotes is a number there, which the schema's string ports refuse. Parse the same way;
// like go-yaml, leave date-like scalars strings.
const PARSE_OPTIONS = {
    version: "1.1",
    uniqueKeys: true,
    prettyErrors: false,
    customTags: (tags) => tags.filter((t) => t.tag !== "tag:yaml.org,2002:timestamp"),
};

/** Map keys a YAML 1.1 reader takes for something else than a string (`on`, `yes`, 1). */
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

function describeSchemaErrors(errors) {
    return (errors ?? []).map((e) => {
        const where = e.instancePath === "" ? "/" : e.instancePath;
        let text = `${where}: ${e.message ?? e.keyword}`;
        if (e.params?.allowedValues) text += ` (${e.params.allowedValues.join(", ")})`;
        if (e.params?.missingProperty) text += ` [${e.params.missingProperty}]`;
        return text;
    });
}

// The compiled validators check the properties the CRD schema defines and ignore any other
// key. They read every defined property of every object they validate, so a key the
// validator never read is one the schema does not define (as check-networkpolicies.mjs does).
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

// Free-form maps of the schema: any key is a value there, not a field.
const FREE_FORM = [/^\/metadata\/(labels|annotations)$/, /\/matchLabels$/];

function checkDocument(doc) {
    if (doc === null || typeof doc !== "object" || Array.isArray(doc))
        return [`/: document is ${doc === null ? "null" : Array.isArray(doc) ? "a list" : typeof doc}, not an object`];
    const Model = MODELS[doc.kind];
    // The model constructor fills in apiVersion and kind, so check them before it does.
    if (doc.apiVersion !== API_VERSION || !Model)
        return [`/: apiVersion ${JSON.stringify(doc.apiVersion)}, kind ${JSON.stringify(doc.kind)} is not ${API_VERSION} PeerAuthentication or AuthorizationPolicy`];
    const problems = [];
    if (typeof doc.metadata?.name !== "string" || typeof doc.metadata?.namespace !== "string")
        problems.push("/metadata: name and namespace must both be given");
    const nodes = [];
    try {
        watch(new Model(doc), "", nodes).validate();
    } catch (e) {
        const described = describeSchemaErrors(e.errors);
        problems.push(...(described.length ? described : [`/: ${e.message}`]));
    }
    for (const { path, value, read } of nodes) {
        if (Array.isArray(value) || read.size === 0) continue;
        if (FREE_FORM.some((re) => re.test(path))) continue;
        for (const key of Object.keys(value)) {
            if (!read.has(key)) problems.push(`${path}/${key}: field not defined by the ${doc.kind} schema`);
        }
    }
    return problems;
}

function label(doc) {
    const m = doc?.metadata;
    if (!m || typeof m !== "object") return "(no metadata)";
    return `${doc.kind} ${m.namespace ?? "(no namespace)"}/${m.name ?? "(no name)"}`;
}

function checkFile(file, tally) {
    let text;
    try {
        text = readFileSync(file, "utf8");
    } catch (e) {
        console.error(`check-istio: cannot read ${file}: ${e.message}`);
        process.exit(2);
    }
    const lineCounter = new LineCounter();
    const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
    let index = 0;
    for (const d of Array.isArray(docs) ? docs : [docs]) {
        const start = d.contents?.range?.[0] ?? d.range?.[0] ?? 0;
        const line = lineCounter.linePos(start).line;
        // A comment-only document (the export header, a skipped workload) is no manifest.
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
    console.error("usage: check-istio.mjs FILE...");
    process.exit(2);
}
const tally = { passed: 0, failed: 0 };
for (const file of files) checkFile(file, tally);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
