// Live settings for extension pages that open the base (not the sidebar: it gets its language over its port).
import { useEffect, useMemo, useState } from 'react';
import type { Translate } from '../../core/i18n';
import { localizePipeline } from '../../core/i18n/stage-name';
import type { Settings, StageDef } from '../../core/model';
import { defaultSettings, type SettingsCheck } from '../../core/settings';
import { watchSettings } from '../../storage/settings';

/** The user's settings and what of them was damaged, updated live when any page or the background changes them. */
export function useSettingsCheck(): SettingsCheck & { loaded: boolean } {
  const [check, setCheck] = useState<SettingsCheck & { loaded: boolean }>(() => ({
    settings: defaultSettings(),
    dropped: [],
    loaded: false,
  }));
  useEffect(() => watchSettings((next) => setCheck({ ...next, loaded: true })), []);
  return check;
}

/** The user's settings, updated live when any page or the background changes them. */
export function useSettings(): Settings {
  return useSettingsCheck().settings;
}

/** The pipeline stages, for labels and colours: built-in stages named in `t`'s language. */
export function usePipeline(t: Translate): StageDef[] {
  const pipeline = useSettings().pipeline;
  return useMemo(() => localizePipeline(pipeline, t), [pipeline, t]);
}
