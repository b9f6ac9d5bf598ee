// Live settings for extension pages.
import { useEffect, useState } from 'react';
import type { Settings, StageDef } from '../../core/model';
import { defaultSettings } from '../../core/settings';
import { loadSettings, settingsItem } from '../../storage/settings-item';

/** The user's settings, updated live when any page or the background changes them. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return settingsItem.watch(() => void loadSettings().then(setSettings));
  }, []);
  return settings;
}

/** The pipeline stages, for labels and colours. */
export function usePipeline(): StageDef[] {
  return useSettings().pipeline;
}
