// imsmanifest.xml for each edition. Pure: the same input always gives the same XML.

export type ScormEdition = 'scorm12' | 'scorm2004';

export interface ManifestInput {
  edition: ScormEdition;
  /** Unique per package, e.g. `internal-customer-service-cs`. */
  identifier: string;
  version: string;
  title: string;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file the course needs, relative to the package root. */
  files: readonly string[];
  /** The schema files shipped beside the manifest. */
  schemaFiles: readonly string[];
  passingScorePercent: number;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const fileList = (files: readonly string[], indent: string) =>
  files.map((f) => `${indent}<file href="${escape(f)}"/>`).join('\n');

/** The parts both editions share; they differ in namespaces, one attribute and the pass mark. */
function body(m: ManifestInput, schemaversion: string, scormType: string, passMark: string): string {
  return `  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaversion}</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${escape(m.title)}</title>
      <item identifier="course-item" identifierref="course-sco" isvisible="true">
        <title>${escape(m.title)}</title>
${passMark}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="course-sco" type="webcontent" ${scormType}="sco" href="${escape(m.launch)}">
${fileList(m.files, '      ')}
    </resource>
    <resource identifier="schemas" type="webcontent" ${scormType}="asset">
${fileList(m.schemaFiles, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

function scorm12(m: ManifestInput): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escape(m.identifier)}" version="${escape(m.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
${body(m, '1.2', 'adlcp:scormtype', `        <adlcp:masteryscore>${m.passingScorePercent}</adlcp:masteryscore>`)}`;
}

function scorm2004(m: ManifestInput): string {
  const passMark = `        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="course-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(m.passingScorePercent / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escape(m.identifier)}" version="${escape(m.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
${body(m, '2004 4th Edition', 'adlcp:scormType', passMark)}`;
}

export function manifestXml(input: ManifestInput): string {
  return input.edition === 'scorm12' ? scorm12(input) : scorm2004(input);
}
