import { HomeFront } from './_fronts/home-front';

export default function HomePage() {
  return <HomeFront page={1} />;
}
