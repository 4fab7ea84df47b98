/**
 * A HELM leaderboard (one project and group) as a registry view. Its subject is
 * "<project>.<group>", e.g. "classic.question_answering".
 */
import { helmLeaderboardChartData } from '../helm/chart';
import { isHelmProjectId } from '../helm/projects';
import { unpackHelmSlice, type HelmSlice, type PackedHelmSlice } from '../helm/slice';
import { decodeHelmSpec, defaultHelmSpec, encodeHelmSpec, helmSpecContext, type HelmLeaderboardSpec, type HelmSpecContext } from '../helm/spec';
import type { ViewDef } from './types';

export function helmSubject(project: string, group: string): string {
  return `${project}.${group}`;
}

export function parseHelmSubject(subject: string): { project: string; group: string } {
  const dot = subject.indexOf('.');
  return { project: subject.slice(0, dot), group: subject.slice(dot + 1) };
}

export const helmLeaderboardView: ViewDef<HelmLeaderboardSpec, HelmSlice, HelmSpecContext> = {
  id: 'helm',
  unpack: (packed) => unpackHelmSlice(packed as PackedHelmSlice),
  context(subject, slice) {
    const { project, group } = parseHelmSubject(subject);
    if (!isHelmProjectId(project)) throw new Error(`not a HELM project: ${project}`);
    return helmSpecContext(project, group, slice);
  },
  defaults: defaultHelmSpec,
  decode: decodeHelmSpec,
  encode: encodeHelmSpec,
  build: (spec, slice) => helmLeaderboardChartData(spec, slice),
};
