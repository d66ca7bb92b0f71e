/** The icon files in the extension: shared by the build (lib/build/icons.ts), the manifest and the background. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export type IconSize = (typeof ICON_SIZES)[number];
export type IconState = 'on' | 'off';

/** Where each PNG goes in the extension (also what the manifest and `action.setIcon` name). */
export function iconPath(state: IconState, size: IconSize): string {
  return state === 'on' ? `icon/${size}.png` : `icon/off-${size}.png`;
}

export function iconPaths(state: IconState): Record<IconSize, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [size, iconPath(state, size)])) as Record<IconSize, string>;
}
