/**
 * Resolving what drafts point to, once the whole export is read: the actor type through the
 * classes, roles through the positions, affiliations and country through their targets. A
 * target resolves to an actor of the pack or to an existing actor (`knownIds`); anything
 * else is left out with a warning, never invented.
 */
import type { ActorType, Affiliation, Bilingual, Role, RoleKey } from './schema';
import { CLASS_LABEL_TYPES, CLASS_TYPES, IMPRECISE_ROLES, POSITION_LABEL_ROLES, POSITION_ROLES, TYPE_PRECEDENCE } from './wikidata-classes';
import type { Draft } from './wikidata-draft';

const CLASS_DEPTH = 5;

function pick<T>(items: Iterable<T>, order: readonly T[]): T | undefined {
  const set = new Set(items);
  return order.find((t) => set.has(t));
}

/** Turns the drafts into actors once the whole export has been read. */
export class Resolver {
  readonly byQid: ReadonlyMap<string, Draft>;
  readonly converted = new Set<string>();
  private readonly knownIds: ReadonlyMap<string, string>;
  private readonly warn: (qid: string, message: string) => void;

  constructor(drafts: ReadonlyMap<string, Draft>, knownIds: ReadonlyMap<string, string>, warn: (qid: string, message: string) => void) {
    this.byQid = drafts;
    this.knownIds = knownIds;
    this.warn = warn;
  }

  /** The actor id a QID stands for: an actor of this pack, else a known (bundled) one. */
  resolve(qid: string): string | undefined {
    return this.converted.has(qid) ? qid : this.knownIds.get(qid);
  }

  private labelOf(qid: string): string {
    const en = this.byQid.get(qid)?.names.en;
    return en ? `${qid} (${en})` : qid;
  }

  /** Types implied by the classes, then by their superclasses and labels when the export has them. */
  classTypes(classes: readonly string[]): ActorType[] {
    const found: ActorType[] = [];
    const byLabel: ActorType[] = [];
    const seen = new Set<string>();
    let level = [...classes];
    for (let depth = 0; depth < CLASS_DEPTH && level.length && !found.length; depth++) {
      const next: string[] = [];
      for (const q of level) {
        if (seen.has(q)) continue;
        seen.add(q);
        const t = CLASS_TYPES.get(q);
        if (t) {
          found.push(t);
          continue;
        }
        const cls = this.byQid.get(q);
        if (!cls) continue;
        next.push(...cls.superclasses);
        const en = cls.names.en ?? '';
        const hit = CLASS_LABEL_TYPES.find(([re]) => re.test(en));
        if (hit) byLabel.push(hit[1]);
      }
      level = next;
    }
    return found.length ? found : byLabel;
  }

  typeOf(d: Draft): ActorType {
    const type = pick(this.classTypes(d.classes), TYPE_PRECEDENCE);
    if (type) return type;
    const classes = d.classes.map((q) => this.labelOf(q)).join(', ');
    this.warn(d.qid, classes ? `no known class among ${classes}: typed organisation` : 'no instance-of (P31): typed organisation');
    return 'organisation';
  }

  private positionRole(position: string): { role: RoleKey; of?: string } | undefined {
    const direct = POSITION_ROLES.get(position);
    if (direct) return direct;
    const p = this.byQid.get(position);
    if (!p) return undefined;
    // Offices are subclasses (Prime Minister of Iraq ⊂ prime minister) or, less often, instances.
    const seen = new Set<string>([position]);
    let level = [...p.superclasses, ...p.classes];
    for (let depth = 0; depth < CLASS_DEPTH && level.length; depth++) {
      const next: string[] = [];
      for (const q of level) {
        if (seen.has(q)) continue;
        seen.add(q);
        const hit = POSITION_ROLES.get(q);
        if (hit) return { role: hit.role };
        const sup = this.byQid.get(q);
        if (sup) next.push(...sup.superclasses);
      }
      level = next;
    }
    const en = p.names.en ?? '';
    const byLabel = POSITION_LABEL_ROLES.find(([re]) => re.test(en));
    return { role: byLabel ? byLabel[1] : 'other' };
  }

  private titleOf(position: string, role: RoleKey): Bilingual | undefined {
    const p = this.byQid.get(position);
    if (!p || !IMPRECISE_ROLES.has(role)) return undefined;
    const { ar, en } = p.names;
    if (ar && en) return { ar, en };
    // For "other" the title is all there is, so one language is better than none.
    if (role === 'other' && (ar || en)) return { ar: (ar ?? en)!, en: (en ?? ar)! };
    return undefined;
  }

  /** The first candidate that resolves; when none does, the candidates are reported. */
  private firstResolved(owner: string, what: string, candidates: readonly string[]): string | undefined {
    const others = candidates.filter((q) => q !== owner);
    for (const q of others) {
      const id = this.resolve(q);
      if (id && id !== owner) return id;
    }
    if (others.length) {
      this.warn(owner, `${what} ${others.map((q) => this.labelOf(q)).join(', ')}: not in the export or the base; left out`);
    }
    return undefined;
  }

  rolesOf(d: Draft): Role[] {
    const out = new Map<string, Role>();
    for (const claim of d.positions) {
      const hit = this.positionRole(claim.position);
      if (!hit) {
        this.warn(d.qid, `position ${claim.position} is neither in the position table nor in the export: role skipped`);
        continue;
      }
      const title = this.titleOf(claim.position, hit.role);
      if (hit.role === 'other' && !title) {
        this.warn(d.qid, `position ${claim.position} has no label: role skipped`);
        continue;
      }
      const p = this.byQid.get(claim.position);
      const ofCandidates = [...claim.of, ...(hit.of ? [hit.of] : []), ...(p?.jurisdictions ?? []), ...(p?.countries ?? [])];
      const of = this.firstResolved(d.qid, `role ${hit.role} of`, [...new Set(ofCandidates)]);
      const role: Role = {
        role: hit.role,
        ...(of ? { of } : {}),
        ...(title ? { title } : {}),
        ...(claim.start ? { start: claim.start } : {}),
        ...(claim.end ? { end: claim.end } : {}),
      };
      out.set(JSON.stringify(role), role);
    }
    return [...out.values()];
  }

  affiliationsOf(d: Draft): Affiliation[] {
    const out = new Map<string, Affiliation>();
    for (const claim of d.affiliations) {
      if (claim.target === d.qid) continue;
      const target = this.resolve(claim.target);
      if (!target) {
        this.warn(d.qid, `${claim.property} ${this.labelOf(claim.target)}: not in the export or the base; affiliation dropped`);
        continue;
      }
      if (target === d.qid) continue;
      const a: Affiliation = {
        kind: claim.kind,
        target,
        ...(claim.start ? { start: claim.start } : {}),
        ...(claim.end ? { end: claim.end } : {}),
      };
      out.set(JSON.stringify(a), a);
    }
    return [...out.values()];
  }

  countryOf(d: Draft, type: ActorType): string | undefined {
    // International bodies belong to no state (authoring guide); a state's P17 is itself.
    if (type === 'international_body') return undefined;
    const candidates = type === 'person' ? [...d.citizenships, ...d.countries] : d.countries;
    return this.firstResolved(d.qid, 'country', [...new Set(candidates)]);
  }
}
