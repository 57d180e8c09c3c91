import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

export function NotFoundPage({ title = '页面不存在' }: { title?: string }) {
  return (
    <Result
      status="404"
      title="404"
      subTitle={title}
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}
