import { languageTwin as twin } from '@/app/(site)/shared/twins';

export const revalidate = 86400; // a day: a shared link of /languages/[code], cached per state (app/(site)/shared/twins.tsx)
export const generateStaticParams = twin.generateStaticParams;
export const generateMetadata = twin.generateMetadata;
export default twin.SharedPage;
