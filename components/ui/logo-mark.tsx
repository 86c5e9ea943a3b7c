/** The portal's mark (public/logo-mark.svg); decorative next to the product name. */
export function LogoMark({ size = 28 }: { size?: number }) {
  // eslint-disable-next-line @next/next/no-img-element -- a 28 px SVG gains nothing from next/image.
  return <img src="/logo-mark.svg" alt="" width={size} height={size} className="shrink-0" />;
}
