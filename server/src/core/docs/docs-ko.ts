import type { DocSet, FieldDoc } from './doc-types';
import type { EnumValueKey } from '../model/enums';
import { ruleAdviceIn } from './rule-advice';

/** A YAML example from its lines. */
const yaml = (...lines: string[]): string => lines.join('\n');

/** 서비스를 지나는 트래픽 경로: `port`, `targetPort`, `nodePort`가 함께 씁니다. */
const TRAFFIC_PATH =
  '트래픽 경로: 클라이언트 → `<node IP>:nodePort` (NodePort·LoadBalancer만 해당) → 서비스(클러스터 안에서는 ' +
  '`<cluster IP>:port`로 접근) → 선택된 파드의 `<pod IP>:targetPort`.';

const LABEL_KEY =
  '키: 선택적인 DNS 서브도메인 접두사와 `/` 뒤에, 영문자·숫자·`-`·`_`·`.`로 된 63자 이하의 이름 (영문자나 숫자로 시작하고 끝나야 함)';
const LABEL_VALUE = '값: 빈 문자열이거나, 같은 문자로 된 63자 이하';
const DNS_LABEL = 'DNS-1123 레이블: 영문 소문자·숫자·`-`로 된 63자 이하, 영문자나 숫자로 시작하고 끝나야 함';
const NOT_SPECIAL_IP =
  '미지정 주소(`0.0.0.0`, `::`), 루프백(`127.0.0.0/8`, `::1`), 링크 로컬(`169.254.0.0/16`, `fe80::/10`), 링크 로컬 멀티캐스트(`224.0.0.0/24`, `ff02::/16`)는 사용 불가';
const APP_PROTOCOL: FieldDoc = {
  summary:
    '이 포트의 애플리케이션 프로토콜을 알려 주는 선택적 힌트(예: `http`, `kubernetes.io/h2c`)입니다. 이를 이해하는 인그레스·게이트웨이 컨트롤러, 서비스 메시, 로드밸런서가 참고합니다.',
  details:
    '접두사 없는 이름은 `http`, `https` 같은 IANA 서비스 이름입니다. 쿠버네티스는 `kubernetes.io/h2c`(평문 HTTP/2), `kubernetes.io/ws`, `kubernetes.io/wss`(웹소켓)를 정의하며, 그 밖의 프로토콜에는 `example.com/my-protocol`처럼 도메인 접두사를 붙입니다. kube-proxy가 트래픽을 전달하는 방식은 바뀌지 않습니다.',
  constraints: [
    '한정된 이름(qualified name, 레이블 키 문법): 선택적인 DNS 서브도메인 접두사와 `/` 뒤에 영문자·숫자·`-`·`_`·`.`로 된 63자 이하',
  ],
  example: yaml('ports:', '  - name: web', '    port: 80', '    appProtocol: http'),
};

/** Endpoints 주소 하나: `addresses[]`와 `notReadyAddresses[]`에 씁니다. */
function addressFields(list: 'addresses' | 'notReadyAddresses'): Record<string, FieldDoc> {
  const subject = list === 'addresses' ? '이 백엔드' : '준비되지 않은 이 백엔드';
  const at = `Endpoints:subsets[].${list}[]`;
  return {
    [`${at}.ip`]: {
      summary: `${subject}의 IP 주소(파드, VM 또는 클러스터 밖 호스트)입니다. 서브셋의 \`ports\`로 연결됩니다.`,
      details:
        '여기에는 IP 주소만 쓸 수 있습니다. 서비스가 호스트 이름을 가리키게 하려면 `type: ExternalName` 서비스를 쓰세요.',
      constraints: ['호스트 이름이 아닌 IPv4 또는 IPv6 주소', NOT_SPECIAL_IP],
      example: yaml(`${list}:`, '  - ip: 10.0.12.7'),
    },
    [`${at}.hostname`]: {
      summary: `${subject}의 호스트 이름(선택)입니다. 헤드리스 서비스라면 클러스터 DNS가 \`<hostname>.<service>.<namespace>.svc.cluster.local\` 레코드를 만들어 줍니다.`,
      constraints: [`${DNS_LABEL}, 점(.) 사용 불가`],
      example: yaml(`${list}:`, '  - ip: 10.0.12.7', '    hostname: db-0'),
    },
    [`${at}.nodeName`]: {
      summary: `${subject}가 실행 중인 노드의 이름(선택)입니다. kube-proxy는 이를 보고 어떤 엔드포인트가 노드 로컬인지 판단합니다(예: \`externalTrafficPolicy: Local\`).`,
      constraints: ['`kubectl get nodes`에 나오는 노드 이름 (DNS-1123 서브도메인)'],
      example: yaml(`${list}:`, '  - ip: 10.0.12.7', '    nodeName: worker-1'),
    },
    [`${at}.targetRef`]: {
      summary: `${subject} 뒤에 있는 오브젝트에 대한 참조(선택)로, 보통 파드입니다(\`kind\`, \`name\`, \`namespace\`, \`uid\`).`,
      details: '참고용일 뿐이며, 트래픽은 참조 내용과 상관없이 `ip`로 갑니다.',
      example: yaml(`${list}:`, '  - ip: 10.0.12.7', '    targetRef:', '      kind: Pod', '      name: db-0', '      namespace: data'),
    },
  };
}

export const DOCS_KO: DocSet = {
  fields: {
    // ───────────────────────────── Service ─────────────────────────────
    'Service:apiVersion': {
      summary: '오브젝트의 API 버전입니다. Service는 코어(core) API 그룹에 속하므로 그룹 없이 `v1`만 씁니다.',
      constraints: ['정확히 `v1` (그룹 접두사 없음)'],
      example: 'apiVersion: v1',
    },
    'Service:kind': {
      summary: '오브젝트 종류 `Service`입니다. 파드 집합 앞에 고정된 이름과 가상 IP를 제공합니다.',
      constraints: ['정확히 `Service` (대소문자 구분)'],
      example: 'kind: Service',
    },
    'Service:metadata': {
      summary: '서비스의 이름, 네임스페이스, 레이블, 어노테이션 같은 식별 정보입니다.',
      details:
        '이름과 네임스페이스로 클라이언트가 쓰는 DNS 이름 `<name>.<namespace>.svc.cluster.local`이 정해집니다(클러스터 도메인은 다를 수 있음).',
      example: yaml('metadata:', '  name: web', '  namespace: shop', '  labels:', '    app: web'),
    },
    'Service:metadata.name': {
      summary:
        '네임스페이스 안에서 고유한 서비스 이름입니다. 클라이언트가 접속하는 DNS 이름 `<name>.<namespace>.svc.cluster.local`이 됩니다.',
      details:
        '서비스보다 나중에 시작된 파드에는 이 이름을 딴 환경 변수도 들어갑니다(`web`이면 `WEB_SERVICE_HOST`, `WEB_SERVICE_PORT`). 셀렉터가 없는 서비스는 이름이 같은 Endpoints 오브젝트와 짝을 이룹니다.',
      constraints: [
        '`generateName`이 없으면 필수',
        'DNS-1035 레이블: 영문 소문자·숫자·`-`로 된 63자 이하, 영문자로 시작하고 영문자나 숫자로 끝나야 함',
      ],
      example: yaml('metadata:', '  name: web'),
    },
    'Service:metadata.namespace': {
      summary: '서비스가 속한 네임스페이스입니다. 서비스는 자기 네임스페이스의 파드만 선택합니다.',
      details: '다른 네임스페이스의 파드는 `<name>.<namespace>`로 접근합니다.',
      defaultText: '요청의 네임스페이스 (현재 kubectl 컨텍스트 또는 `-n`)',
      constraints: [DNS_LABEL],
      example: yaml('metadata:', '  name: web', '  namespace: shop'),
    },
    'Service:metadata.labels': {
      summary:
        '서비스 자체를 설명하는 키/값 레이블로, `kubectl get -l`이나 각종 도구에서 씁니다. 파드를 고르는 것은 레이블이 아니라 `spec.selector`입니다.',
      constraints: [LABEL_KEY, LABEL_VALUE],
      example: yaml('metadata:', '  labels:', '    app.kubernetes.io/name: web', '    tier: frontend'),
    },
    'Service:metadata.annotations': {
      summary:
        '도구와 컨트롤러를 위한 비식별 키/값 데이터입니다. 예를 들어 클라우드 제공자가 읽는 로드밸런서 설정이 여기에 들어갑니다.',
      details:
        '로드밸런서 어노테이션(`service.beta.kubernetes.io/...` 및 제공자별 어노테이션)은 구현마다 다르니 사용하는 제공자의 문서를 확인하세요. 값은 문자열이므로 숫자와 불리언은 따옴표로 감싸야 합니다.',
      constraints: ['키는 레이블 키 규칙을 따름', '값은 문자열: `true`가 아니라 `"true"`로 작성', '모든 어노테이션을 합쳐 256 KiB 이하'],
      example: yaml('metadata:', '  annotations:', '    example.com/owner: team-shop', '    example.com/internal: "true"'),
    },
    'Service:metadata.generateName': {
      summary: '이름 접두사입니다. `name`이 비어 있으면 API 서버가 여기에 임의의 5글자를 붙여 고유한 이름을 만듭니다.',
      details: '`kubectl create`에서는 동작하지만, `kubectl apply`에는 고정된 `name`이 필요합니다.',
      constraints: [
        '만들어진 이름이 유효한 서비스 이름이어야 하므로 영문 소문자로 시작해야 함, 끝의 `-`는 허용',
        '앞의 58자까지만 사용됨',
      ],
      example: yaml('metadata:', '  generateName: web-'),
    },
    'Service:spec': {
      summary: '서비스가 하는 일을 정합니다: 트래픽을 보낼 파드(`selector`), 포트, 그리고 노출 방식(`type`).',
      example: yaml('spec:', '  type: ClusterIP', '  selector:', '    app: web', '  ports:', '    - port: 80', '      targetPort: 8080'),
    },
    'Service:spec.type': {
      summary:
        '서비스를 노출하는 방식입니다: `ClusterIP`(클러스터 내부), `NodePort`(모든 노드), `LoadBalancer`(외부 로드밸런서), `ExternalName`(DNS 별칭).',
      details:
        '타입은 차례로 쌓이는 구조입니다. NodePort 서비스도 클러스터 IP를 가지며, LoadBalancer 서비스도 노드 포트를 가집니다(`allocateLoadBalancerNodePorts: false`가 아니라면).',
      defaultText: '`ClusterIP` (클러스터 내부에서만 접근 가능)',
      constraints: ['`ClusterIP`, `NodePort`, `LoadBalancer`, `ExternalName` 중 하나 (대소문자 구분)'],
      example: yaml('spec:', '  type: NodePort'),
    },
    'Service:spec.selector': {
      summary:
        '트래픽을 받을 파드를 고르는 셀렉터(selector)입니다. 여기 적힌 레이블을 값까지 모두(ALL) 가진 파드만 선택됩니다.',
      details:
        '단순한 키/값 쌍만 쓸 수 있으며 `matchLabels`나 `matchExpressions`는 쓸 수 없습니다. 쿠버네티스는 같은 네임스페이스에서 선택된 준비(Ready) 상태 파드로 서비스의 엔드포인트를 계속 갱신합니다. 셀렉터가 없으면 엔드포인트가 만들어지지 않으므로, 클러스터 밖 데이터베이스를 가리킬 때처럼 서비스와 이름이 같은 Endpoints(또는 EndpointSlice) 오브젝트를 직접 관리해야 합니다. `ExternalName`에서는 무시됩니다.',
      defaultText: '없음: 파드를 선택하지 않으며, 엔드포인트는 직접 제공해야 함',
      constraints: [LABEL_KEY, LABEL_VALUE],
      example: yaml('spec:', '  selector:', '    app: web', '    tier: frontend'),
    },
    'Service:spec.ports': {
      summary: '서비스가 노출하는 포트 목록입니다. 각 항목은 서비스 `port`를 파드의 `targetPort`로 연결합니다.',
      details:
        '포트가 여러 개면 모든 포트에 고유한 `name`이 있어야 합니다. 엔드포인트와 DNS SRV 레코드(`_<name>._<protocol>.<service>...`)가 이름으로 포트를 구분하기 때문입니다.',
      constraints: [
        '헤드리스(`clusterIP: None`)나 `ExternalName` 서비스가 아니면 최소 1개 필요',
        '포트가 둘 이상이면 각각 고유한 `name` 필요',
        '`port`와 `protocol`이 모두 같은 항목은 둘 수 없음',
      ],
      example: yaml(
        'spec:',
        '  ports:',
        '    - name: http',
        '      port: 80',
        '      targetPort: 8080',
        '    - name: https',
        '      port: 443',
        '      targetPort: 8443',
      ),
    },
    'Service:spec.ports[].name': {
      summary:
        '서비스 안에서 이 포트의 이름입니다. 포트가 둘 이상이면 필수이며, 엔드포인트 쪽 대응 포트의 `name`과 같아야 합니다.',
      details:
        '포트 이름은 DNS SRV 레코드(`_http._tcp.web.shop.svc.cluster.local`)에 쓰이고, 인그레스나 게이트웨이 백엔드에서 참조할 수 있습니다. 포트 이름은 63자까지 되지만 `targetPort`에 쓰는 이름은 15자까지입니다.',
      constraints: [DNS_LABEL, '서비스의 포트들 사이에서 고유해야 함', '서비스에 포트가 둘 이상이면 필수'],
      example: yaml('ports:', '  - name: http', '    port: 80', '  - name: metrics', '    port: 9090'),
    },
    'Service:spec.ports[].protocol': {
      summary: '이 포트의 IP 프로토콜입니다: `TCP`, `UDP`, `SCTP`.',
      details:
        '같은 포트 번호를 TCP와 UDP 모두로 제공하려면(예: 53번 DNS) 이름과 프로토콜을 달리해 두 번 적습니다. LoadBalancer에서 여러 프로토콜을 섞어 쓸 수 있는지는 제공자마다 다릅니다.',
      defaultText: '`TCP` (API 서버가 채움)',
      constraints: ['`TCP`, `UDP`, `SCTP` 중 하나 (대문자)'],
      example: yaml(
        'ports:',
        '  - name: dns-udp',
        '    port: 53',
        '    protocol: UDP',
        '  - name: dns-tcp',
        '    port: 53',
        '    protocol: TCP',
      ),
    },
    'Service:spec.ports[].appProtocol': APP_PROTOCOL,
    'Service:spec.ports[].port': {
      summary:
        '서비스가 리슨하는 포트(port)입니다. 클러스터 안의 클라이언트는 `<service name>:port`나 `<cluster IP>:port`로 접속합니다.',
      details: `${TRAFFIC_PATH} \`port\`는 가운데 단계로, 클러스터 안의 호출자가 쓰는 포트이며 로드밸런서도 이 포트로 리슨합니다. 컨테이너 포트와 같을 필요는 없으며, 컨테이너 포트는 \`targetPort\`가 가리킵니다.`,
      constraints: ['필수', '1~65535 사이', '서비스 안에서 프로토콜별로 고유해야 함'],
      example: yaml('ports:', '  - name: http', '    port: 80', '    targetPort: 8080'),
    },
    'Service:spec.ports[].targetPort': {
      summary:
        '선택된 파드에서 트래픽을 받는 대상 포트(targetPort)입니다. 숫자이거나, 각 파드에서 찾아보는 컨테이너 포트의 이름(NAME)입니다.',
      details: `${TRAFFIC_PATH} \`targetPort\`는 마지막 단계로, 애플리케이션이 실제로 리슨하는 포트(\`containerPort\`)입니다. \`http\` 같은 이름은 파드마다 \`containers[].ports[].name\`에서 찾으므로, 파드마다 같은 이름에 다른 번호를 써도 됩니다. 헤드리스 서비스에서는 무시되니 생략하거나 \`port\`와 같게 두세요.`,
      defaultText: '`port`와 같은 값',
      constraints: [
        '1~65535의 포트 번호, 또는',
        '컨테이너 포트 이름(IANA_SVC_NAME): 영문 소문자·숫자·`-`로 된 15자 이하, 영문자 1개 이상 포함, 양 끝의 `-`와 `--`는 불가',
        '`"8080"`처럼 따옴표로 감싼 숫자는 숫자가 아니라 이름으로 취급됨',
      ],
      example: yaml('ports:', '  - name: http', '    port: 80', '    targetPort: http # 이름이 "http"인 containerPort'),
    },
    'Service:spec.ports[].nodePort': {
      summary:
        '`NodePort`·`LoadBalancer` 서비스에서 모든 노드의 IP에 여는 노드 포트(nodePort)입니다. 보통은 생략해서 쿠버네티스가 빈 포트를 고르게 합니다.',
      details: `${TRAFFIC_PATH} \`nodePort\`는 첫 단계로, 클러스터 밖에서 들어오는 입구이며 클라우드 로드밸런서도 이 포트로 전달합니다. 직접 고른 번호는 클러스터 전체에서 비어 있어야 합니다.`,
      defaultText: 'NodePort·LoadBalancer 서비스라면 노드 포트 범위에서 자동 할당',
      constraints: [
        '`NodePort`나 `LoadBalancer` 타입에서만 사용 가능',
        '클러스터의 노드 포트 범위(`--service-node-port-range`) 안, 기본값은 30000-32767',
        '다른 서비스가 쓰지 않는 번호여야 함. 한 서비스 안에서는 `port` 번호가 같은 포트끼리만(예: TCP·UDP 53) 공유 가능',
      ],
      example: yaml('spec:', '  type: NodePort', '  ports:', '    - port: 80', '      targetPort: 8080', '      nodePort: 30080'),
    },
    'Service:spec.clusterIP': {
      summary:
        '클러스터 내부에서 쓰는 서비스의 가상 IP입니다. 보통은 생략해서 자동으로 할당받으며, `None`이면 헤드리스(headless) 서비스가 됩니다.',
      details:
        '헤드리스(`clusterIP: None`)에는 가상 IP도 프록시도 없고, 클러스터 DNS가 서비스 이름에 대해 선택된 준비 상태 파드들의 IP를 그대로 돌려줍니다. 클라이언트는 파드에 바로 접속하며, 스테이트풀셋(StatefulSet)이 이 방식에 기댑니다. 주소를 직접 지정하려면 서비스 IP 대역(`--service-cluster-ip-range`) 안의 빈 주소여야 합니다.',
      defaultText: '서비스 IP 대역에서 자동 할당 (`ExternalName`은 없음)',
      constraints: [
        '`None`, 빈 값, 또는 서비스 IP 대역 안의 IP 주소',
        '`NodePort`·`LoadBalancer`에서는 `None` 불가',
        '`ExternalName`에서는 사용 불가',
        '생성 후 변경 불가 (`ExternalName`으로, 또는 `ExternalName`에서 바꿀 때는 예외)',
      ],
      example: yaml('spec:', '  clusterIP: None # 헤드리스', '  selector:', '    app: db', '  ports:', '    - port: 5432'),
    },
    'Service:spec.clusterIPs': {
      summary:
        '서비스의 모든 클러스터 IP입니다. 하나이거나, 듀얼 스택(dual-stack) 클러스터라면 IPv4와 IPv6 하나씩 두 개입니다. 첫 번째 값은 항상 `clusterIP`입니다.',
      details:
        '보통은 `ipFamilyPolicy`와 `ipFamilies`에 따라 자동 할당됩니다. 특정 주소가 필요할 때만 적고, 그때는 첫 번째 주소와 같은 값으로 `clusterIP`도 함께 적으세요.',
      defaultText: '`clusterIP`만 적으면 `[clusterIP]`, 그 밖에는 자동 할당',
      constraints: [
        '최대 2개, IP 패밀리마다 하나씩, `ipFamilies` 순서대로',
        '첫 번째 값은 `clusterIP`와 같아야 함',
        '`None`은 단독으로만 가능',
        '`ExternalName`에서는 사용 불가',
      ],
      example: yaml(
        'spec:',
        '  ipFamilyPolicy: RequireDualStack',
        '  clusterIP: 10.96.10.20',
        '  clusterIPs:',
        '    - 10.96.10.20',
        '    - fd00:10:96::a14',
      ),
    },
    'Service:spec.externalIPs': {
      summary:
        '노드가 이 서비스의 `port`로 트래픽을 받아 줄 추가 IP 목록입니다. 쿠버네티스가 관리하는 주소가 아니므로, 이 주소를 노드까지 라우팅하는 일은 직접 해야 합니다.',
      details:
        '서비스를 만들 수 있는 사람이면 누구나 이 방법으로 트래픽을 가로챌 수 있어서, 많은 클러스터가 이 필드를 막아 둡니다(예: `DenyServiceExternalIPs` 어드미션 플러그인). 이 필드를 쓰면 `externalTrafficPolicy`가 적용됩니다.',
      constraints: ['호스트 이름이 아닌 IP 주소', NOT_SPECIAL_IP],
      example: yaml('spec:', '  externalIPs:', '    - 198.51.100.32'),
    },
    'Service:spec.sessionAffinity': {
      summary:
        '세션 어피니티(session affinity): 클라이언트를 한 파드에 고정할지 정합니다. `None`은 연결마다 분산하고, `ClientIP`는 같은 클라이언트 IP의 연결을 모두 같은 파드로 보냅니다.',
      details:
        '`ClientIP`이면 kube-proxy가 고른 파드를 `sessionAffinityConfig.clientIP.timeoutSeconds` 동안(기본 10800초 = 3시간) 기억합니다. 출발지 IP만 보므로, 같은 NAT나 프록시 뒤에 있는 클라이언트는 모두 같은 파드로 갑니다.',
      defaultText: '`None` (고정 없음)',
      constraints: ['`None` 또는 `ClientIP` (대소문자 구분)'],
      example: yaml('spec:', '  sessionAffinity: ClientIP'),
    },
    'Service:spec.sessionAffinityConfig': {
      summary: '세션 어피니티 설정입니다. `sessionAffinity: ClientIP`일 때만 쓰입니다.',
      defaultText: '`sessionAffinity`가 `ClientIP`이면 `clientIP.timeoutSeconds: 10800`, `None`이면 비워짐',
      constraints: ['`sessionAffinity: ClientIP`일 때만 사용'],
      example: yaml(
        'spec:',
        '  sessionAffinity: ClientIP',
        '  sessionAffinityConfig:',
        '    clientIP:',
        '      timeoutSeconds: 3600',
      ),
    },
    'Service:spec.sessionAffinityConfig.clientIP': {
      summary: '클라이언트 IP 기반 어피니티 설정으로, 클라이언트가 같은 파드에 얼마나 오래 머무를지 정합니다.',
      example: yaml('sessionAffinityConfig:', '  clientIP:', '    timeoutSeconds: 3600'),
    },
    'Service:spec.sessionAffinityConfig.clientIP.timeoutSeconds': {
      summary: '클라이언트 IP가 같은 파드에 고정되는 시간(초)입니다.',
      defaultText: '`10800` (3시간)',
      constraints: ['1~86400 (하루)'],
      example: yaml('clientIP:', '  timeoutSeconds: 3600'),
    },
    'Service:spec.loadBalancerIP': {
      summary:
        'Kubernetes 1.24부터 지원 중단(deprecated)된 필드로, 특정 로드밸런서 IP를 요청합니다. 의미가 구현마다 다르고, 무시하는 구현도 많습니다.',
      details:
        '대신 사용하는 제공자가 안내하는 어노테이션을 쓰세요. 듀얼 스택을 표현할 수 없으며 `type: LoadBalancer`에서만 의미가 있습니다.',
      constraints: ['`LoadBalancer` 타입에서만 쓰임'],
      example: yaml('spec:', '  type: LoadBalancer', '  loadBalancerIP: 203.0.113.10 # 지원 중단됨'),
    },
    'Service:spec.loadBalancerSourceRanges': {
      summary:
        '로드밸런서에 접근할 수 있는 클라이언트 CIDR 목록입니다. 구현이 지원한다면 그 밖의 출발지에서 오는 트래픽은 차단됩니다.',
      details:
        '클라우드 제공자(방화벽 규칙)와 kube-proxy가 적용합니다. `service.beta.kubernetes.io/load-balancer-source-ranges` 어노테이션은 예전 방식이며, 이 필드가 비어 있을 때만 쓰입니다.',
      constraints: ['`LoadBalancer` 타입에서만 사용 가능', '`203.0.113.0/24`, `2001:db8::/64` 같은 CIDR'],
      example: yaml('spec:', '  type: LoadBalancer', '  loadBalancerSourceRanges:', '    - 203.0.113.0/24'),
    },
    'Service:spec.loadBalancerClass': {
      summary:
        '이 서비스를 처리할 로드밸런서 구현을 고릅니다. 비워 두면 클러스터의 기본 구현(보통 클라우드 제공자)이 처리합니다.',
      details:
        '클래스를 지정하면 기본 클라우드 제공자 컨트롤러는 이 서비스를 건드리지 않고, 그 클래스를 맡은 컨트롤러(예: MetalLB나 내부 VIP 컨트롤러)가 로드밸런서를 만듭니다.',
      constraints: [
        '`LoadBalancer` 타입에서만 사용 가능',
        '`internal-vip`나 `example.com/internal-vip` 같은 레이블 형식의 키, 접두사 없는 이름은 최종 사용자용으로 예약됨',
        '한 번 설정하면 변경 불가',
      ],
      example: yaml('spec:', '  type: LoadBalancer', '  loadBalancerClass: example.com/internal-vip'),
    },
    'Service:spec.externalName': {
      summary:
        '`type: ExternalName`에서 이 서비스가 별칭으로 가리키는 DNS 이름입니다. 클러스터 DNS는 서비스 이름에 대해 이 이름으로 CNAME 응답을 돌려줍니다.',
      details:
        '클러스터 IP도, 프록시도, 포트 매핑도 없습니다. 클라이언트가 외부 호스트에 직접 접속하므로 HTTP `Host` 헤더와 TLS 인증서도 그 호스트에 맞아야 합니다. IP 주소를 적으면 숫자로 된 호스트 이름으로 취급되니 DNS 이름을 쓰세요.',
      constraints: ['`ExternalName`이면 필수', '영문 소문자 DNS 이름(DNS-1123 서브도메인), 253자 이하'],
      example: yaml('spec:', '  type: ExternalName', '  externalName: db.example.com'),
    },
    'Service:spec.externalTrafficPolicy': {
      summary:
        '외부에서 들어온 트래픽(노드 포트, 로드밸런서, 외부 IP)을 노드가 어디로 보낼지 정합니다. `Cluster`는 모든 엔드포인트로 분산하고, `Local`은 트래픽을 받은 노드의 엔드포인트로만 보냅니다.',
      details:
        '`Local`은 클라이언트 출발지 IP를 보존하고 추가 홉을 없애지만, 준비된 로컬 엔드포인트가 없는 노드는 트래픽을 버립니다. LoadBalancer는 `healthCheckNodePort`를 검사해 그런 노드를 뺍니다. `Cluster`는 어느 노드에서나 동작하지만 클라이언트 IP가 노드 IP로 바뀔 수 있습니다.',
      defaultText: 'NodePort·LoadBalancer 서비스(그리고 `externalIPs`가 있는 서비스)는 `Cluster`',
      constraints: [
        '`Cluster` 또는 `Local`',
        'NodePort·LoadBalancer 서비스나 `externalIPs`가 있는 서비스에서만 사용 가능',
      ],
      example: yaml('spec:', '  type: LoadBalancer', '  externalTrafficPolicy: Local'),
    },
    'Service:spec.internalTrafficPolicy': {
      summary:
        '클러스터 안에서 클러스터 IP로 오는 트래픽을 노드가 어디로 보낼지 정합니다. `Cluster`는 모든 엔드포인트를, `Local`은 클라이언트와 같은 노드의 엔드포인트만 씁니다.',
      details:
        '`Local`은 데몬셋(DaemonSet) 같은 노드 로컬 에이전트에 알맞습니다. 파드의 트래픽이 자기 노드 안에 머무르며, 그 노드에 준비된 엔드포인트가 없으면 버려집니다.',
      defaultText: '`Cluster` (`ExternalName`에는 설정되지 않음)',
      constraints: ['`Cluster` 또는 `Local`'],
      example: yaml('spec:', '  internalTrafficPolicy: Local'),
    },
    'Service:spec.healthCheckNodePort': {
      summary:
        '`externalTrafficPolicy: Local`인 LoadBalancer에서 kube-proxy가 헬스 체크에 응답하는 노드 포트입니다. 로드밸런서는 이를 보고 로컬 엔드포인트가 있는 노드만 씁니다.',
      details: '생략하면 노드 포트 범위에서 자동 할당됩니다. 로드밸런서에 고정된 번호가 필요할 때만 지정하세요.',
      defaultText: '`type`이 `LoadBalancer`이고 `externalTrafficPolicy`가 `Local`이면 자동 할당',
      constraints: [
        '`type: LoadBalancer`와 `externalTrafficPolicy: Local`일 때만 사용 가능',
        '노드 포트 범위(기본 30000-32767) 안의 빈 포트',
        '생성 후 변경 불가',
      ],
      example: yaml('spec:', '  type: LoadBalancer', '  externalTrafficPolicy: Local', '  healthCheckNodePort: 32000'),
    },
    'Service:spec.publishNotReadyAddresses': {
      summary: '`true`이면 선택된 파드가 준비(Ready) 상태가 되기 전에도 엔드포인트와 DNS에 게시됩니다.',
      details:
        '그러면 레디니스(readiness) 검사가 더 이상 파드로 가는 트래픽을 막아 주지 않습니다. 시작하는 동안에도 서로를 찾아야 하는 스테이트풀셋 멤버(예: 클러스터형 데이터베이스)의 헤드리스 서비스에 씁니다.',
      defaultText: '`false` (준비된 파드만 게시)',
      example: yaml('spec:', '  clusterIP: None', '  publishNotReadyAddresses: true'),
    },
    'Service:spec.ipFamilies': {
      summary:
        '서비스 클러스터 IP의 IP 패밀리(`IPv4`, `IPv6`) 목록으로, 순서에 의미가 있습니다. 첫 번째가 `clusterIP`에 쓰이는 기본(primary) 패밀리입니다.',
      details:
        '보통은 생략합니다. `ipFamilyPolicy`와 클러스터 설정에 따라 채워집니다. 두 개를 적으려면 듀얼 스택 정책과 듀얼 스택 클러스터가 필요합니다.',
      defaultText: '클러스터의 기본 패밀리 (듀얼 스택 클러스터에서 듀얼 스택 정책이면 다른 패밀리도 추가)',
      constraints: [
        '각각 `IPv4` 또는 `IPv6`, 중복 불가 (따라서 최대 2개)',
        '`ExternalName`에서는 사용 불가',
        '생성 후 첫 번째(기본) 패밀리는 변경 불가',
      ],
      example: yaml('spec:', '  ipFamilyPolicy: PreferDualStack', '  ipFamilies:', '    - IPv6', '    - IPv4'),
    },
    'Service:spec.ipFamilyPolicy': {
      summary: '서비스가 IP 패밀리를 하나 가질지 둘 가질지 정합니다: `SingleStack`, `PreferDualStack`, `RequireDualStack`.',
      details:
        '듀얼 스택을 쓰려면 클러스터에 IPv4와 IPv6 서비스 대역이 모두 설정되어 있어야 합니다. 그렇지 않은 클러스터에서 `PreferDualStack`은 한 패밀리로 물러서고, `RequireDualStack`은 실패합니다.',
      defaultText: '대부분 `SingleStack` (셀렉터 없는 헤드리스 서비스는 듀얼 스택 정책이 될 수 있음)',
      constraints: ['`SingleStack`, `PreferDualStack`, `RequireDualStack` 중 하나 (대소문자 구분)', '`ExternalName`에서는 사용 불가'],
      example: yaml('spec:', '  ipFamilyPolicy: PreferDualStack'),
    },
    'Service:spec.allocateLoadBalancerNodePorts': {
      summary:
        '`type: LoadBalancer`에서 노드 포트를 할당할지 정합니다. 로드밸런서가 트래픽을 파드로 바로 보낸다면 `false`로 두세요.',
      details: '직접 적은 노드 포트는 그래도 할당됩니다. 타입을 LoadBalancer가 아닌 것으로 바꾸면 이 필드는 지워집니다.',
      defaultText: 'LoadBalancer 서비스는 `true`',
      constraints: ['`LoadBalancer` 타입에서만 사용 가능'],
      example: yaml('spec:', '  type: LoadBalancer', '  allocateLoadBalancerNodePorts: false'),
    },
    'Service:spec.trafficDistribution': {
      summary:
        '가까운 엔드포인트를 우선하라는 힌트입니다. 같은 영역(zone, `PreferSameZone`)이나 같은 노드(`PreferSameNode`)의 엔드포인트를 먼저 쓰고, 없으면 다른 엔드포인트로 넘어갑니다.',
      details:
        '최선 노력(best effort) 방식이라 kube-proxy 같은 구현이 느슨하게 따를 수 있습니다. `PreferClose`는 `PreferSameZone`의 예전 이름입니다. `PreferSameZone`과 `PreferSameNode`는 Kubernetes 1.34 이상이 필요하며, 그 이전 API 서버는 `PreferClose`만 받습니다. `service.kubernetes.io/topology-mode` 어노테이션을 대체합니다.',
      defaultText: '없음: 모든 엔드포인트로 고르게 분산',
      constraints: ['`PreferClose`, `PreferSameZone`, `PreferSameNode` 중 하나'],
      example: yaml('spec:', '  trafficDistribution: PreferSameZone'),
    },
    'Service:status': {
      summary:
        '쿠버네티스가 기록하는 서비스의 현재 상태입니다(예: 로드밸런서 주소). 생성할 때는 무시되므로 매니페스트에서는 빼세요.',
    },
    'Service:status.loadBalancer': {
      summary: '외부 로드밸런서의 상태로, 로드밸런서가 만들어지면 로드밸런서 컨트롤러가 채웁니다.',
    },
    'Service:status.loadBalancer.ingress': {
      summary:
        '로드밸런서 주소 목록으로, 각 항목은 `ip` 또는 `hostname`입니다. `kubectl get svc`의 EXTERNAL-IP에 표시되는 값입니다.',
      details:
        '로드밸런서 구현이 로드밸런서를 만들기 전까지는 비어 있으며(`<pending>`), 구현이 없는 클러스터에서는 계속 비어 있습니다.',
    },

    // ──────────────────────────── Endpoints ────────────────────────────
    'Endpoints:apiVersion': {
      summary: '오브젝트의 API 버전입니다. Endpoints는 코어(core) API 그룹에 속하므로 그룹 없이 `v1`만 씁니다.',
      constraints: ['정확히 `v1` (그룹 접두사 없음)'],
      example: 'apiVersion: v1',
    },
    'Endpoints:kind': {
      summary: '오브젝트 종류 `Endpoints`입니다(오브젝트가 하나여도 복수형). 서비스의 백엔드 주소 목록을 담습니다.',
      details:
        'Kubernetes 1.33부터 Endpoints API는 EndpointSlice(`discovery.k8s.io/v1`)로 대체되어 지원 중단(deprecated) 상태입니다. 그래도 동작하며, 셀렉터 없는 서비스의 Endpoints는 쿠버네티스가 EndpointSlice로 미러링해 kube-proxy와 DNS가 읽습니다.',
      constraints: ['정확히 `Endpoints` (대소문자 구분)'],
      example: 'kind: Endpoints',
    },
    'Endpoints:metadata': {
      summary: '오브젝트의 식별 정보입니다. 이름과 네임스페이스로 서비스와 연결됩니다.',
      example: yaml('metadata:', '  name: external-db', '  namespace: shop'),
    },
    'Endpoints:metadata.name': {
      summary:
        '이 엔드포인트가 속한 서비스의 이름과 정확히 같아야 하며, 네임스페이스도 같아야 합니다. 둘을 잇는 것은 이름뿐입니다.',
      details:
        '`selector`가 있는 서비스는 쿠버네티스가 엔드포인트를 직접 만들고, 손으로 쓴 내용은 덮어씁니다. 셀렉터가 없는 서비스는 이름이 같은 Endpoints(또는 EndpointSlice) 오브젝트를 만들기 전까지 백엔드가 없습니다. 클러스터 밖 데이터베이스에 연결할 때가 대표적인 예입니다.',
      constraints: [
        '서비스의 `metadata.name`과 같고 네임스페이스도 같아야 함 (API 서버가 검사하지는 않음)',
        'DNS-1123 서브도메인: 영문 소문자·숫자·`-`·`.`로 된 253자 이하',
      ],
      example: yaml('metadata:', '  name: external-db # 서비스 이름도 external-db'),
    },
    'Endpoints:metadata.namespace': {
      summary: '이 오브젝트의 네임스페이스로, 짝이 되는 서비스의 네임스페이스와 같아야 합니다.',
      defaultText: '요청의 네임스페이스 (현재 kubectl 컨텍스트 또는 `-n`)',
      constraints: [DNS_LABEL],
      example: yaml('metadata:', '  name: external-db', '  namespace: shop'),
    },
    'Endpoints:metadata.labels': {
      summary: '이 오브젝트를 설명하는 키/값 레이블로, `kubectl get -l`이나 각종 도구에서 씁니다.',
      constraints: [LABEL_KEY, LABEL_VALUE],
      example: yaml('metadata:', '  labels:', '    app: external-db'),
    },
    'Endpoints:metadata.annotations': {
      summary: '도구와 컨트롤러를 위한 비식별 키/값 데이터입니다.',
      constraints: ['키는 레이블 키 규칙을 따름', '값은 문자열: `true`가 아니라 `"true"`로 작성', '모든 어노테이션을 합쳐 256 KiB 이하'],
      example: yaml('metadata:', '  annotations:', '    example.com/owner: team-shop'),
    },
    'Endpoints:metadata.generateName': {
      summary:
        '이름 접두사로, API 서버가 뒤에 임의의 5글자를 붙입니다. Endpoints 이름은 서비스 이름과 같아야 하므로 여기서는 쓸 일이 거의 없습니다.',
      constraints: ['만들어진 이름이 유효한 DNS-1123 서브도메인이어야 함, 끝의 `-`는 허용'],
      example: yaml('metadata:', '  generateName: external-db-'),
    },
    'Endpoints:subsets': {
      summary: '같은 포트를 공유하는 백엔드 주소의 묶음(서브셋)입니다. 모든 서브셋을 합친 것이 서비스의 백엔드입니다.',
      details: '서브셋의 모든 주소는 그 서브셋의 모든 포트를 제공합니다. 리슨하는 포트가 다른 백엔드는 서브셋을 나누세요.',
      constraints: ['서브셋마다 `addresses`나 `notReadyAddresses`에 항목이 최소 1개 필요'],
      example: yaml(
        'subsets:',
        '  - addresses:',
        '      - ip: 10.0.12.7',
        '      - ip: 10.0.12.8',
        '    ports:',
        '      - name: postgres',
        '        port: 5432',
      ),
    },
    'Endpoints:subsets[].addresses': {
      summary: '트래픽을 받을 준비가 된 백엔드 목록입니다. kube-proxy가 이들 사이에 연결을 분산합니다.',
      example: yaml('addresses:', '  - ip: 10.0.12.7', '  - ip: 10.0.12.8'),
    },
    'Endpoints:subsets[].notReadyAddresses': {
      summary:
        '포트는 제공하지만 아직 준비되지 않은(시작 중이거나 레디니스 검사에 실패한) 백엔드입니다. 트래픽을 받지 않습니다.',
      details: '서비스에 `publishNotReadyAddresses: true`가 있으면 쿠버네티스는 준비되지 않은 파드도 `addresses`에 넣습니다.',
      example: yaml('notReadyAddresses:', '  - ip: 10.0.12.9'),
    },
    ...addressFields('addresses'),
    ...addressFields('notReadyAddresses'),
    'Endpoints:subsets[].ports': {
      summary: '이 서브셋의 모든 주소가 제공하는 포트 목록입니다.',
      details:
        '서비스의 `port`가 아니라 백엔드가 실제로 리슨하는 포트(서비스의 `targetPort`가 가리키는 포트)입니다. 셀렉터 없는 서비스에서는 이 값이 그대로 쓰입니다.',
      example: yaml('ports:', '  - name: postgres', '    port: 5432', '    protocol: TCP'),
    },
    'Endpoints:subsets[].ports[].name': {
      summary: '이 포트가 대응하는 서비스 포트의 `name`과 같아야 합니다. 서비스 포트는 이름으로 엔드포인트 포트를 찾습니다.',
      details: '서비스 포트가 하나뿐이고 이름이 없을 때만 비워 두세요.',
      constraints: [DNS_LABEL, '서브셋에 포트가 둘 이상이면 필수'],
      example: yaml('ports:', '  - name: http # 서비스의 spec.ports[].name', '    port: 8080'),
    },
    'Endpoints:subsets[].ports[].port': {
      summary: '백엔드가 리슨하는 포트 번호입니다. 숫자만 쓸 수 있으며, Endpoints 포트에는 이름을 쓸 수 없습니다.',
      constraints: ['필수', '1~65535 사이'],
      example: yaml('ports:', '  - name: http', '    port: 8080'),
    },
    'Endpoints:subsets[].ports[].protocol': {
      summary: '이 포트의 IP 프로토콜(`TCP`, `UDP`, `SCTP`)로, 서비스 포트와 맞춰야 합니다.',
      defaultText: '`TCP` (API 서버가 채움)',
      constraints: ['`TCP`, `UDP`, `SCTP` 중 하나 (대문자)'],
      example: yaml('ports:', '  - name: dns', '    port: 53', '    protocol: UDP'),
    },
    'Endpoints:subsets[].ports[].appProtocol': APP_PROTOCOL,
  },

  /** One doc per enumeration value of model/enums.ts, no more and no fewer (the type says so). */
  values: {
    'Service:spec.type=ClusterIP': {
      summary: '클러스터 내부에서만 가상 클러스터 IP와 서비스 DNS 이름으로 접근할 수 있습니다. 기본값입니다.',
      details: '내부 백엔드용입니다. 외부에 노출하려면 앞에 인그레스나 게이트웨이를 두거나, NodePort나 LoadBalancer를 쓰세요.',
    },
    'Service:spec.type=NodePort': {
      summary:
        '모든 노드의 IP에 `nodePort`(기본 범위 30000-32767)도 엽니다. 클러스터 밖 클라이언트는 `<node IP>:<nodePort>`로 접속합니다.',
      details:
        '클러스터 IP도 그대로 가집니다. 트래픽 경로: 클라이언트 → `<node IP>:nodePort` → 서비스(`<cluster IP>:port`) → 파드의 `targetPort`.',
      example: yaml('spec:', '  type: NodePort', '  ports:', '    - port: 80', '      targetPort: 8080', '      nodePort: 30080'),
    },
    'Service:spec.type=LoadBalancer': {
      summary:
        'NodePort를 바탕으로, 클라우드 제공자(또는 `loadBalancerClass`의 컨트롤러)에 노드 앞단의 외부 로드밸런서를 요청합니다.',
      details:
        '주소는 `status.loadBalancer.ingress`(EXTERNAL-IP)에 나타납니다. 로드밸런서 구현이 없으면 `<pending>`으로 남지만 노드 포트는 그대로 동작합니다.',
      example: yaml('spec:', '  type: LoadBalancer', '  ports:', '    - port: 443', '      targetPort: 8443'),
    },
    'Service:spec.type=ExternalName': {
      summary:
        'DNS 별칭입니다. 클러스터 DNS가 `spec.externalName`으로 CNAME을 돌려줍니다. 클러스터 IP, 프록시, 셀렉터, 엔드포인트가 모두 없습니다.',
      details: '`externalName`이 필요하며, `clusterIP`, `clusterIPs`, `ipFamilies`, `ipFamilyPolicy`는 쓰면 안 됩니다.',
      example: yaml('spec:', '  type: ExternalName', '  externalName: db.example.com'),
    },
    'Service:spec.clusterIP=None': {
      summary:
        '헤드리스 서비스입니다. 가상 IP도 프록시도 없으며, DNS가 서비스 이름에 대해 준비된 파드들의 IP를 직접 돌려줍니다.',
      details:
        '클라이언트가 파드를 직접 고를 때, 그리고 스테이트풀셋이 고정된 파드 DNS 이름(`<pod>.<service>.<namespace>.svc.cluster.local`)을 줄 때 씁니다. ClusterIP 타입에서만 가능하며 `ports`는 생략해도 됩니다.',
      example: yaml('spec:', '  clusterIP: None', '  selector:', '    app: db'),
    },
    'Service:spec.ports[].protocol=TCP': {
      summary: 'TCP(기본값): HTTP, gRPC, 데이터베이스 같은 연결 지향 트래픽에 씁니다.',
    },
    'Service:spec.ports[].protocol=UDP': {
      summary: 'UDP: DNS, syslog, QUIC 같은 데이터그램 트래픽에 씁니다.',
    },
    'Service:spec.ports[].protocol=SCTP': {
      summary: 'SCTP: 통신사 시그널링 같은 메시지 지향 트래픽에 씁니다. SCTP를 지원하는 네트워크 플러그인이 필요합니다.',
    },
    'Endpoints:subsets[].ports[].protocol=TCP': {
      summary: 'TCP(기본값): HTTP, gRPC, 데이터베이스 같은 연결 지향 트래픽에 씁니다.',
    },
    'Endpoints:subsets[].ports[].protocol=UDP': {
      summary: 'UDP: DNS, syslog, QUIC 같은 데이터그램 트래픽에 씁니다.',
    },
    'Endpoints:subsets[].ports[].protocol=SCTP': {
      summary: 'SCTP: 통신사 시그널링 같은 메시지 지향 트래픽에 씁니다. SCTP를 지원하는 네트워크 플러그인이 필요합니다.',
    },
    'Service:spec.sessionAffinity=None': {
      summary: '고정 없음(기본값): 연결마다 어느 엔드포인트로든 갈 수 있습니다.',
    },
    'Service:spec.sessionAffinity=ClientIP': {
      summary:
        '한 클라이언트 IP의 연결을 `sessionAffinityConfig.clientIP.timeoutSeconds`(기본 10800초, 최대 86400초) 동안 모두 같은 파드로 보냅니다.',
      example: yaml('spec:', '  sessionAffinity: ClientIP'),
    },
    'Service:spec.externalTrafficPolicy=Cluster': {
      summary:
        '기본값입니다. 외부 트래픽이 어느 노드의 엔드포인트로든 갈 수 있어 모든 노드가 트래픽을 받지만, 클라이언트 출발지 IP가 노드 IP로 바뀔 수 있습니다.',
    },
    'Service:spec.externalTrafficPolicy=Local': {
      summary:
        '외부 트래픽을 받은 노드의 엔드포인트로만 보냅니다. 클라이언트 출발지 IP가 보존되지만, 준비된 로컬 엔드포인트가 없는 노드는 트래픽을 버립니다.',
    },
    'Service:spec.internalTrafficPolicy=Cluster': {
      summary: '기본값입니다. 클러스터 내부 트래픽이 어느 노드의 엔드포인트로든 갈 수 있습니다.',
    },
    'Service:spec.internalTrafficPolicy=Local': {
      summary:
        '클러스터 내부 트래픽을 클라이언트와 같은 노드의 엔드포인트로만 보내고, 없으면 버립니다(예: 데몬셋 에이전트).',
    },
    'Service:spec.ipFamilyPolicy=SingleStack': {
      summary: '`ipFamilies`의 첫 번째 패밀리(또는 클러스터 기본값)로 클러스터 IP 하나를 받습니다. 일반적인 기본값입니다.',
    },
    'Service:spec.ipFamilyPolicy=PreferDualStack': {
      summary: '듀얼 스택 클러스터에서는 클러스터 IP 두 개(IPv4와 IPv6)를, 싱글 스택 클러스터에서는 하나를 받습니다.',
    },
    'Service:spec.ipFamilyPolicy=RequireDualStack': {
      summary: '클러스터 IP 두 개(IPv4와 IPv6)를 요구합니다. 클러스터가 듀얼 스택이 아니면 서비스 생성이 실패합니다.',
    },
    'Service:spec.ipFamilies[]=IPv4': {
      summary: 'IPv4 서비스 대역에서 할당되는 IPv4 클러스터 IP입니다.',
    },
    'Service:spec.ipFamilies[]=IPv6': {
      summary: 'IPv6 서비스 대역에서 할당되는 IPv6 클러스터 IP입니다.',
    },
    'Service:spec.trafficDistribution=PreferClose': {
      summary:
        '`PreferSameZone`의 예전 이름으로, 클라이언트와 같은 영역의 엔드포인트를 우선합니다. 이 필드가 있는 모든 버전에서 받아들여집니다.',
    },
    'Service:spec.trafficDistribution=PreferSameZone': {
      summary: '클라이언트와 같은 영역(zone)의 엔드포인트를 우선하고, 없으면 다른 영역으로 넘어갑니다. Kubernetes 1.34 이상.',
    },
    'Service:spec.trafficDistribution=PreferSameNode': {
      summary: '클라이언트와 같은 노드의 엔드포인트를 우선하고, 그다음 같은 영역, 그다음 나머지를 씁니다. Kubernetes 1.34 이상.',
    },
  } satisfies Readonly<Record<EnumValueKey, FieldDoc>>,

  /** Object and file rules keep their advice in their folder (`rules/<id>/texts.ts`). */
  ruleAdvice: {
    'yaml-syntax':
      'YAML 구문부터 고치세요. 들여쓰기는 공백으로 하고, 같은 맵의 키는 열을 맞추고, `: `가 들어가거나 특수 문자로 시작하는 값은 따옴표로 감싸세요.',
    ...ruleAdviceIn('ko'),
    'file-too-large':
      '검사하려면 `kubeSvc.maxFileSize`(명령줄에서는 `.kube-svc.json`의 `maxFileSize`)를 늘리거나, 파일을 더 작게 나누세요.',
  },


  ui: {
    default: '기본값',
    constraints: '제약 조건',
    example: '예시',
    inThisManifest: '이 매니페스트에서',
  },
};
