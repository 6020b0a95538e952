/** The PNG sizes of the site icon the web manifest lists (public/images/icons/icon-<size>.png), as browsers ask. */
export const MANIFEST_ICON_SIZES = [192, 512] as const;

export function manifestIconSrc(size: number): string {
  return `/images/icons/icon-${size}.png`;
}
