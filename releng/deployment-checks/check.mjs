// Checks of the deployment files that the tools' schemas cannot make, run by
// releng/scripts/check-deployment.sh after the tools (promtool, amtool, nginx -t, dclint):
//
//   node check.mjs kubernetes RENDERED.yaml...   every object of every rendered overlay validated
//                                               against the Kubernetes 1.27 schemas (kubernetes-models),
//                                               then the cross-object checks below
//   node check.mjs dockerfile FILE              dockerfile-utils' validator and the image's rules
//   node check.mjs compose FILE                 the stack's services, mounts and secrets
//   node check.mjs grafana DASHBOARD RULES_OUT  the dashboard's structure; writes its queries as a
//                                               rule file for `promtool check rules` and prints the
//                                               metric names they use (one per line)
//
// Every finding is printed as "FILE: what is wrong (the fix)"; the exit code is 1 when there is one.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { validate as validateDockerfile } from 'dockerfile-utils';

const findings = [];
function problem(file, message) {
	findings.push(`${file}: ${message}`);
}

// The server's contract (org.laserdamage.server.ServerConfig and ApiHandler): what probes and
// scrapes must point at.
const API_PORT = 8080;
const METRICS_PORT = 8000;
const SERVER_GRACE_SECONDS = 25;
const SECRET_VARIABLES = ['DATABASE_URL', 'LASERDAMAGE_TOKENS', 'ANSYSLMD_LICENSE_FILE'];

async function kubernetes(files) {
	const models = await import('kubernetes-models');
	const hosts = new Map();
	const shapes = new Map();
	for (const file of files) {
		const objects = yaml.loadAll(fs.readFileSync(file, 'utf8')).filter(Boolean);
		if (objects.length === 0) {
			problem(file, 'renders no objects');
			continue;
		}
		for (const o of objects) {
			const where = `${file} ${o.kind}/${o.metadata?.name}`;
			const group = o.apiVersion.includes('/') ? o.apiVersion : `core/${o.apiVersion}`;
			const [api, version] = group.split('/');
			let Kind;
			try {
				const module = await import(`kubernetes-models/${api === 'core' ? '' : api + '/'}${version}/${o.kind}`);
				Kind = module[o.kind];
			} catch (e) {
				problem(where, `no schema for ${o.apiVersion} ${o.kind} (${e.message.split('\n')[0]})`);
				continue;
			}
			try {
				new Kind(o).validate();
			} catch (e) {
				problem(where, `does not match the Kubernetes schema: ${e.message}`);
			}
		}
		const byKind = kind => objects.filter(o => o.kind === kind);
		const named = (kind, name) => objects.find(o => o.kind === kind && o.metadata?.name === name);
		if (objects.some(o => o.kind === 'Secret')) {
			problem(file, 'renders a Secret: secrets are created in the cluster (README), never kept in the repository');
		}
		const deployments = byKind('Deployment');
		if (deployments.length !== 1) {
			problem(file, `has ${deployments.length} Deployments, expected the app's one`);
			continue;
		}
		const deployment = deployments[0];
		const pod = deployment.spec.template;
		const labels = pod.metadata?.labels ?? {};
		const matches = selector => selector && Object.entries(selector).every(([k, v]) => labels[k] === v);
		if (!matches(deployment.spec.selector.matchLabels)) {
			problem(file, 'the Deployment\'s selector does not match its pod labels');
		}
		const container = pod.spec.containers[0];
		const portOf = p => (typeof p === 'number' ? p : container.ports?.find(cp => cp.name === p)?.containerPort);
		for (const [probe, endpoint] of [['livenessProbe', '/health'], ['readinessProbe', '/ready']]) {
			const get = container[probe]?.httpGet;
			if (!get) {
				problem(file, `the container has no ${probe} (httpGet ${endpoint} on ${API_PORT})`);
			} else if (get.path !== endpoint || portOf(get.port) !== API_PORT) {
				problem(file, `${probe} checks ${get.path} on ${get.port}; the server answers ${endpoint} on ${API_PORT}`);
			}
		}
		if (!container.ports?.some(p => p.containerPort === METRICS_PORT)) {
			problem(file, `the container does not declare the metrics port ${METRICS_PORT}`);
		}
		const annotations = pod.metadata?.annotations ?? {};
		if (annotations['prometheus.io/port'] !== String(METRICS_PORT) || annotations['prometheus.io/path'] !== '/metrics') {
			problem(file, `the pod's prometheus.io annotations must name port ${METRICS_PORT} and /metrics`);
		}
		for (const env of container.env ?? []) {
			if (SECRET_VARIABLES.includes(env.name) && !env.valueFrom?.secretKeyRef) {
				problem(file, `${env.name} must come from a Secret (valueFrom.secretKeyRef), not a literal value`);
			}
			if (/PASSWORD|TOKEN|SECRET/.test(env.name) && env.value !== undefined) {
				problem(file, `${env.name} has a literal value: use valueFrom.secretKeyRef`);
			}
		}
		for (const ref of container.envFrom ?? []) {
			if (ref.configMapRef && !named('ConfigMap', ref.configMapRef.name)) {
				problem(file, `envFrom names ConfigMap ${ref.configMapRef.name}, which the overlay does not render`);
			}
		}
		const grace = Number((container.env ?? []).find(e => e.name === 'LASERDAMAGE_WORKER_GRACE')?.value ?? SERVER_GRACE_SECONDS);
		const preStop = Number(container.lifecycle?.preStop?.exec?.command?.[1] ?? 0);
		const termination = pod.spec.terminationGracePeriodSeconds ?? 30;
		if (termination < preStop + grace + 10) {
			problem(file, `terminationGracePeriodSeconds ${termination} is shorter than the preStop sleep (${preStop} s) + the server's drain (${grace} s) + 10 s to hand back and exit`);
		}
		for (const volume of pod.spec.volumes ?? []) {
			const claim = volume.persistentVolumeClaim?.claimName;
			if (claim && !named('PersistentVolumeClaim', claim)) {
				problem(file, `volume ${volume.name} names claim ${claim}, which the overlay does not render`);
			}
		}
		for (const mount of container.volumeMounts ?? []) {
			if (!(pod.spec.volumes ?? []).some(v => v.name === mount.name)) {
				problem(file, `volumeMount ${mount.name} has no volume`);
			}
			if (mount.mountPath === '/opt/ansys_inc' && !mount.readOnly) {
				problem(file, 'the ANSYS installation must be mounted readOnly');
			}
		}
		for (const service of byKind('Service')) {
			if (!matches(service.spec.selector)) {
				problem(file, `Service ${service.metadata.name} selects no pod of the Deployment`);
			}
			for (const p of service.spec.ports) {
				if (portOf(p.targetPort) === undefined) {
					problem(file, `Service ${service.metadata.name} targets port ${p.targetPort}, which the container does not declare`);
				}
			}
		}
		for (const ingress of byKind('Ingress')) {
			if (!ingress.spec.tls?.length) {
				problem(file, `Ingress ${ingress.metadata.name} has no TLS`);
			}
			if (!ingress.metadata.annotations?.['cert-manager.io/cluster-issuer']) {
				problem(file, `Ingress ${ingress.metadata.name} has no cert-manager.io/cluster-issuer annotation`);
			}
			for (const rule of ingress.spec.rules) {
				hosts.set(rule.host, [...(hosts.get(rule.host) ?? []), file]);
				if (!ingress.spec.tls?.some(t => t.hosts.includes(rule.host))) {
					problem(file, `host ${rule.host} is not covered by the Ingress's TLS`);
				}
				for (const p of rule.http.paths) {
					const service = named('Service', p.backend.service.name);
					if (!service) {
						problem(file, `the Ingress sends ${rule.host}${p.path} to Service ${p.backend.service.name}, which is not rendered`);
					} else if (!service.spec.ports.some(sp => sp.name === p.backend.service.port.name || sp.port === p.backend.service.port.number)) {
						problem(file, `the Ingress names a port of ${service.metadata.name} that it does not have`);
					}
				}
			}
		}
		const hpas = byKind('HorizontalPodAutoscaler');
		if (hpas.length !== 1) {
			problem(file, 'renders no HorizontalPodAutoscaler');
		}
		for (const hpa of hpas) {
			const target = hpa.spec.scaleTargetRef;
			if (target.kind !== 'Deployment' || target.apiVersion !== 'apps/v1' || target.name !== deployment.metadata.name) {
				problem(file, `the HPA scales ${target.kind}/${target.name}, not the Deployment ${deployment.metadata.name}`);
			}
			const resources = Object.fromEntries(hpa.spec.metrics.filter(m => m.type === 'Resource').map(m => [m.resource.name, m.resource.target.averageUtilization]));
			if (resources.cpu !== 70 || resources.memory !== 80) {
				problem(file, `the HPA targets CPU ${resources.cpu} % and memory ${resources.memory} %; the plan says 70 % and 80 %`);
			}
			const queue = hpa.spec.metrics.find(m => m.type === 'Pods')?.pods;
			if (queue?.metric.name !== 'simulation_queue_length' || queue?.target.averageValue !== '5') {
				problem(file, 'the HPA must scale on the Pods metric simulation_queue_length, average 5');
			}
			if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) {
				problem(file, 'utilisation targets need CPU and memory requests on the container');
			}
			if (hpa.spec.minReplicas > hpa.spec.maxReplicas) {
				problem(file, 'the HPA\'s minReplicas is above maxReplicas');
			}
		}
		for (const pdb of byKind('PodDisruptionBudget')) {
			if (!matches(pdb.spec.selector.matchLabels)) {
				problem(file, `PodDisruptionBudget ${pdb.metadata.name} selects no pod of the Deployment`);
			}
			const min = hpas[0]?.spec.minReplicas ?? deployment.spec.replicas;
			if (pdb.spec.minAvailable >= Math.max(min, 1) && min > 1) {
				problem(file, `the PodDisruptionBudget keeps ${pdb.spec.minAvailable} of at least ${min} pods: a node drain could never evict one`);
			}
		}
		if (!byKind('PodDisruptionBudget').length) {
			problem(file, 'renders no PodDisruptionBudget');
		}
		shapes.set(file, JSON.stringify([deployment.spec.replicas, container.resources, hpas[0]?.spec.maxReplicas,
			byKind('Ingress').map(i => i.spec.rules.map(r => r.host))]));
	}
	for (const [host, where] of hosts) {
		if (where.length > 1) {
			problem(where.join(', '), `the environments share the host ${host}`);
		}
	}
	if (new Set(shapes.values()).size !== shapes.size) {
		problem(files.join(', '), 'two environments render the same replicas, resources and hosts');
	}
}

function dockerfile(file) {
	const text = fs.readFileSync(file, 'utf8');
	for (const d of validateDockerfile(text)) {
		// severity 1 = error, 2 = warning (LSP); both count
		problem(file, `line ${d.range.start.line + 1}: ${d.message} (dockerfile-utils)`);
	}
	// the last stage is the image
	const lines = text.replace(/\\\n/g, ' ').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
	const froms = lines.map((l, i) => [l, i]).filter(([l]) => /^FROM\s/i.test(l));
	if (froms.length < 2) {
		problem(file, 'is not a multi-stage build (a build stage, then a runtime stage)');
	}
	const last = lines.slice(froms.at(-1)[1]);
	const instruction = name => last.filter(l => new RegExp(`^${name}\\s`, 'i').test(l));
	if (!/jre/i.test(froms.at(-1)[0])) {
		problem(file, 'the runtime stage should be a JRE image, not a JDK or build image');
	}
	const user = instruction('USER').at(-1);
	if (!user || /^USER\s+(root|0)\b/i.test(user)) {
		problem(file, 'the image must run as the non-root user (USER simuser, uid 1000)');
	}
	if (!last.some(l => /useradd\b.*--uid 1000\b/.test(l))) {
		problem(file, 'creates no user with uid 1000 (the seed\'s simuser)');
	}
	const exposed = instruction('EXPOSE').join(' ');
	for (const port of [API_PORT, METRICS_PORT]) {
		if (!new RegExp(`\\b${port}\\b`).test(exposed)) {
			problem(file, `does not EXPOSE ${port}`);
		}
	}
	const health = instruction('HEALTHCHECK').join(' ');
	if (!health.includes(`:${API_PORT}/health`)) {
		problem(file, `HEALTHCHECK must call /health on ${API_PORT}`);
	}
	const volumes = instruction('VOLUME').join(' ');
	for (const v of ['/app/data', '/app/results', '/app/logs']) {
		if (!volumes.includes(v)) {
			problem(file, `declares no VOLUME ${v}`);
		}
	}
	for (const l of [...instruction('ENTRYPOINT'), ...instruction('CMD')]) {
		if (!/^\w+\s+\[/.test(l)) {
			problem(file, `${l.split(/\s/)[0]} must use the exec form (JSON array) so the JVM receives SIGTERM`);
		}
	}
	if (/(PASSWORD|TOKEN|SECRET)\w*=/.test(instruction('ENV').join(' ') + instruction('ARG').join(' '))) {
		problem(file, 'sets a secret in ENV or ARG: images are readable by anyone who can pull them');
	}
}

function compose(file) {
	const dir = path.dirname(file);
	const text = fs.readFileSync(file, 'utf8');
	const stack = yaml.load(text);
	const services = stack.services ?? {};
	for (const required of ['laser-simulation-app', 'database', 'redis', 'nginx', 'prometheus', 'grafana']) {
		if (!services[required]) {
			problem(file, `has no ${required} service (the seed's stack)`);
		}
	}
	const app = services['laser-simulation-app'] ?? {};
	if ((app.deploy?.replicas ?? 1) < 2) {
		problem(file, 'runs fewer than two app replicas (deploy.replicas)');
	}
	if (app.container_name) {
		problem(file, 'container_name on the app prevents more than one replica');
	}
	if (app.ports) {
		problem(file, 'the app publishes ports itself: nginx is the only way in');
	}
	const grace = /^(\d+)s$/.exec(app.stop_grace_period ?? '10s');
	if (!grace || Number(grace[1]) < SERVER_GRACE_SECONDS + 10) {
		problem(file, `stop_grace_period of the app must exceed the server's ${SERVER_GRACE_SECONDS} s drain (set 40s)`);
	}
	const declared = Object.keys(stack.volumes ?? {});
	for (const [name, service] of Object.entries(services)) {
		for (const volume of service.volumes ?? []) {
			const source = String(volume).split(':')[0];
			if (source.startsWith('.')) {
				if (!fs.existsSync(path.resolve(dir, source)) && !source.endsWith('/ssl')) {
					problem(file, `${name} mounts ${source}, which does not exist in the repository`);
				}
			} else if (!source.startsWith('/') && !declared.includes(source)) {
				problem(file, `${name} mounts the volume ${source}, which is not declared under volumes:`);
			}
		}
		const environment = Array.isArray(service.environment)
			? Object.fromEntries(service.environment.map(e => e.split(/=(.*)/s).slice(0, 2)))
			: service.environment ?? {};
		for (const [key, value] of Object.entries(environment)) {
			const v = String(value ?? '');
			const secretName = /PASSWORD|TOKEN|SECRET/.test(key);
			const credentialsInUrl = /:\/\/[^:/@]+:([^@]+)@/.exec(v);
			if (secretName && v && !/^\$\{[A-Z_]+(:?[?-][^}]*)?\}$/.test(v)) {
				problem(file, `${name}: ${key} is written in the file; take it from the environment (\${${key}})`);
			}
			if (credentialsInUrl && !/^\$\{[A-Z_]+/.test(credentialsInUrl[1])) {
				problem(file, `${name}: ${key} has a password written in the URL; use \${DB_PASSWORD}`);
			}
		}
		for (const dependency of Object.keys(Array.isArray(service.depends_on)
			? Object.fromEntries(service.depends_on.map(d => [d, 1])) : service.depends_on ?? {})) {
			if (!services[dependency]) {
				problem(file, `${name} depends on ${dependency}, which is not a service`);
			}
		}
	}
	// Prometheus's config must find every replica of the app on its metrics port.
	const prometheus = yaml.load(fs.readFileSync(path.resolve(dir, '../monitoring/prometheus.yml'), 'utf8'));
	const job = prometheus.scrape_configs.find(j => j.job_name === 'laser-simulation');
	const sd = job?.dns_sd_configs?.[0];
	if (!sd || !sd.names.includes('laser-simulation-app') || sd.port !== METRICS_PORT) {
		problem(file, `prometheus.yml must discover every replica of laser-simulation-app on port ${METRICS_PORT} (dns_sd_configs)`);
	}
	for (const target of prometheus.scrape_configs.flatMap(j => (j.static_configs ?? []).flatMap(s => s.targets))) {
		if (!services[target.split(':')[0]]) {
			problem(file, `prometheus.yml scrapes ${target}, which is not a service of the stack`);
		}
	}
	for (const am of prometheus.alerting.alertmanagers.flatMap(a => a.static_configs.flatMap(s => s.targets))) {
		if (!services[am.split(':')[0]]) {
			problem(file, `prometheus.yml sends alerts to ${am}, which is not a service of the stack`);
		}
	}
	const example = fs.readFileSync(path.resolve(dir, '.env.example'), 'utf8');
	for (const variable of new Set([...text.matchAll(/\$\{([A-Z_]+)[:?}]/g)].map(m => m[1]))) {
		if (!new RegExp(`^${variable}=`, 'm').test(example)) {
			problem(file, `uses \${${variable}}, which .env.example does not show`);
		}
	}
}

// PromQL words that are not metric names.
const PROMQL_WORDS = new Set(['sum', 'min', 'max', 'avg', 'count', 'stddev', 'stdvar', 'topk', 'bottomk', 'quantile',
	'count_values', 'group', 'by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless',
	'bool', 'offset', 'rate', 'irate', 'increase', 'delta', 'idelta', 'deriv', 'histogram_quantile', 'scalar', 'vector',
	'time', 'abs', 'clamp_min', 'clamp_max', 'round', 'ceil', 'floor', 'label_replace', 'avg_over_time',
	'max_over_time', 'min_over_time', 'sum_over_time', 'absent', 'changes', 'resets', 'inf', 'nan']);

function grafana(file, rulesOut) {
	let dashboard;
	try {
		dashboard = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (e) {
		problem(file, `is not JSON: ${e.message}`);
		return;
	}
	for (const key of ['uid', 'title', 'panels', 'schemaVersion']) {
		if (dashboard[key] === undefined) {
			problem(file, `has no ${key}`);
		}
	}
	const provisioned = yaml.load(fs.readFileSync(path.resolve(path.dirname(file),
		'../provisioning/datasources/prometheus.yml'), 'utf8')).datasources.map(d => d.uid);
	const rules = [];
	const metrics = new Set();
	for (const panel of dashboard.panels ?? []) {
		const where = `panel ${panel.id} "${panel.title}"`;
		if (!panel.title || !panel.type || !panel.gridPos || !panel.targets?.length) {
			problem(file, `${where} needs a title, a type, a gridPos and queries`);
			continue;
		}
		if (!provisioned.includes(panel.datasource?.uid)) {
			problem(file, `${where} uses datasource ${panel.datasource?.uid}, which is not provisioned`);
		}
		for (const target of panel.targets) {
			rules.push({ record: `grafana:panel_${panel.id}_${target.refId}`, expr: target.expr });
			const bare = target.expr.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\{[^}]*\}/g, '')
				.replace(/\[[^\]]*\]/g, '').replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '');
			for (const m of bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
				const rest = bare.slice(m.index + m[0].length).trimStart();
				if (!PROMQL_WORDS.has(m[0]) && !rest.startsWith('(') && !/^\d/.test(m[0])) {
					metrics.add(m[0]);
				}
			}
		}
	}
	const ids = (dashboard.panels ?? []).map(p => p.id);
	if (new Set(ids).size !== ids.length) {
		problem(file, 'panel ids are not unique');
	}
	fs.writeFileSync(rulesOut, yaml.dump({ groups: [{ name: 'grafana-panels', rules }] }));
	for (const m of [...metrics].sort()) {
		console.log(m);
	}
}

const [what, ...args] = process.argv.slice(2);
switch (what) {
	case 'kubernetes': await kubernetes(args); break;
	case 'dockerfile': dockerfile(args[0]); break;
	case 'compose': compose(args[0]); break;
	case 'grafana': grafana(args[0], args[1]); break;
	default:
		console.error('usage: node check.mjs kubernetes|dockerfile|compose|grafana FILE...');
		process.exit(2);
}
for (const f of findings) {
	console.error(f);
}
process.exit(findings.length ? 1 : 0);
